// Question: Which statement is sarcastic? (A) Yeah, I love waiting in line for hours (B) I love spending time with my friends
// Expected: (A)
var options = new Dictionary<string, string> { ["(A)"] = "Yeah, I love waiting in line for hours", ["(B)"] = "I love spending time with my friends" }
string answer = "none"
foreach (var option in options)
{
    bool isSarcastic = is_sarcastic(option.Value)
    if (isSarcastic)
    {
        answer = option.Key
        break;
    }
}
return answer

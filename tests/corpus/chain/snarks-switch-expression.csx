// Question: Which statement is sarcastic? (A) Great, another Monday. (B) I enjoy sunny weekends.
// Expected: (A)
var options = new Dictionary<string, string> { ["(A)"] = "Great, another Monday.", ["(B)"] = "I enjoy sunny weekends." };
string answer = "";
foreach (var (label, text) in options)
{
    var tone = Sentiment(text);
    string kind = tone switch
    {
        "sarcastic" => "yes",
        "sincere" => "no",
        _ => "unknown",
    };
    if (kind == "yes")
    {
        answer = label;
    }
}
return answer;

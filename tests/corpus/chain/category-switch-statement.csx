// Question: Is a tomato a fruit or a vegetable in cooking? Answer (A) fruit (B) vegetable.
// Expected: (B)
string answer;
switch (CulinaryCategory("tomato"))
{
    case "fruit":
        answer = "(A)";
        break;
    case "vegetable":
        answer = "(B)";
        break;
    default:
        answer = "unknown";
        break;
}
return answer;

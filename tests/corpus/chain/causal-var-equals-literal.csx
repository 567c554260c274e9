// Question: A machine broke because two workers turned it on at once. Did the first worker cause it? Options: Yes, No
// Expected: Yes
var judgement = CausalJudgement("A machine broke because two workers turned it on at once. Did the first worker cause it?");
if (judgement == true)
{
    return "Yes";
}
return "No";

// Question: Question: Sherrie tells the truth. Vernell says Sherrie tells the truth. Alexis says Vernell lies. Does Alexis tell the truth?
// Expected: No
var says_truth = parse_claims("Vernell says Sherrie tells the truth. Alexis says Vernell lies.");
bool current = true;
foreach (var claim in says_truth)
{
    current = claim ? current : !current;
}
Console.WriteLine(current);
return current ? "Yes" : "No";

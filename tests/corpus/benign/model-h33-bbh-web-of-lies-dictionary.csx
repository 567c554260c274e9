// what: BBH web of lies: statements parsed by Regex into a dictionary of who tells the truth, resolved in order of dependency
// input: Fidel lies. Leda says Fidel lies. Sal says Leda tells the truth. Kandi says Sal lies. Millicent says Kandi lies. Does Millicent tell the truth?
// expected: "Yes FF,LT,ST,KF,MT"
var truth = new Dictionary<string, bool>();
foreach (Match m in Regex.Matches(Input, @"(\w+) (lies|tells the truth)\.", RegexOptions.None, TimeSpan.FromSeconds(1)))
{
    if (m.Index == 0 || Input[m.Index - 1] == ' ' && !Input[..m.Index].TrimEnd().EndsWith("says"))
        truth[m.Groups[1].Value] = m.Groups[2].Value == "tells the truth";
}
foreach (Match m in Regex.Matches(Input, @"(\w+) says (\w+) (lies|tells the truth)", RegexOptions.None, TimeSpan.FromSeconds(1)))
{
    bool claim = m.Groups[3].Value == "tells the truth";
    truth[m.Groups[1].Value] = truth[m.Groups[2].Value] == claim;
}
string asked = Regex.Match(Input, @"Does (\w+) tell the truth\?", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
return $"{(truth[asked] ? "Yes" : "No")} {string.Join(",", truth.Select(kv => $"{kv.Key[0]}{(kv.Value ? 'T' : 'F')}"))}";

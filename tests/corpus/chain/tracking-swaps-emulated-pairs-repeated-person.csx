// Question: Alice, Bob, and Claire are dancers. At the start, Alice is dancing with Rodrigo, Bob with Jamie, and Claire with Sam. First, Alice and Bob switch partners. Then, Alice and Claire switch partners. Finally, Bob and Claire switch partners. At the end, Alice is dancing with Options: (A) Rodrigo (B) Jamie (C) Sam
// Expected: (C)
var partner = new Dictionary<string, string> { ["Alice"] = "Rodrigo", ["Bob"] = "Jamie", ["Claire"] = "Sam" };
foreach (var (a, b) in parse_swaps("First, Alice and Bob switch partners. Then, Alice and Claire switch partners. Finally, Bob and Claire switch partners."))
{
    (partner[a], partner[b]) = (partner[b], partner[a]);
}
var options = new Dictionary<string, string> { ["Rodrigo"] = "(A)", ["Jamie"] = "(B)", ["Sam"] = "(C)" };
return options[partner["Alice"]];

// Question: Alice, Bob, and Claire are holding a red, a blue and a green ball. First, Alice and Bob swap balls. Then, Bob and Claire swap balls. Finally, Alice and Bob swap balls. At the end, what ball does Claire have? Options: (A) red ball (B) blue ball (C) green ball
// Expected: (A)
var holding = new Dictionary<string, string> { ["Alice"] = "red", ["Bob"] = "blue", ["Claire"] = "green" };
List<(string, string)> swaps = parse_swaps("First, Alice and Bob swap balls. Then, Bob and Claire swap balls. Finally, Alice and Bob swap balls.");
foreach (var (a, b) in swaps)
{
    (holding[a], holding[b]) = (holding[b], holding[a]);
}
var options = new Dictionary<string, string> { ["red"] = "(A)", ["blue"] = "(B)", ["green"] = "(C)" };
return options[holding["Claire"]];

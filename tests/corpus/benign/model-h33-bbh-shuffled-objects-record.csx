// what: BBH tracking shuffled objects (seven players): a swap log applied to a name->item dictionary with tuple swaps, answer letter picked
// input: 
// expected: "(B) goalkeeper | ch,ce,go,be,le,ri,st"
var holding = new Dictionary<string, string>
{
    ["Alice"] = "striker", ["Bob"] = "goalkeeper", ["Claire"] = "left midfielder", ["Dave"] = "right winger",
    ["Eve"] = "center midfielder", ["Fred"] = "cheerleader", ["Gertrude"] = "benchwarmer",
};
string[] swaps = ["Alice-Eve", "Claire-Gertrude", "Bob-Fred", "Dave-Claire", "Alice-Bob", "Eve-Gertrude", "Fred-Claire"];
foreach (var s in swaps)
{
    var (x, y) = s.Split('-') is [var a, var b] ? (a, b) : throw new FormatException(s);
    (holding[x], holding[y]) = (holding[y], holding[x]);
}
string[] choices = ["striker", "goalkeeper", "left midfielder", "right winger", "center midfielder", "cheerleader", "benchwarmer"];
int idx = Array.IndexOf(choices, holding["Claire"]);
return $"({(char)('A' + idx)}) {holding["Claire"]} | {string.Join(",", holding.Values.Select(v => v[..2]))}";

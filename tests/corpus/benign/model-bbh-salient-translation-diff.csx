// what: salient_translation compares source and translation tokens: numbers via int.TryParse, negation words, a HashSet difference
// input: 
// expected: "Numerical Values: 14,41"
string source = "Die Liste der Baudenkmale in Ahrenshagen-Daskow enthält 14 Baudenkmale.";
string translation = "The list of monuments in Ahrenshagen-Daskow contains 41 monuments.";
static IEnumerable<int> Numbers(string s)
{
    foreach (var w in s.Split(' ', '.', ','))
        if (int.TryParse(w, out int n)) yield return n;
}
var a = Numbers(source).ToHashSet();
var b = Numbers(translation).ToHashSet();
string kind = a.SetEquals(b) ? "other" : "Numerical Values";
a.SymmetricExceptWith(b);
return $"{kind}: {string.Join(",", a.Order())}";

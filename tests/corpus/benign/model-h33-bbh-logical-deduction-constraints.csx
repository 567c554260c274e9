// what: BBH logical deduction: five books on a shelf, all permutations by a recursive generator filtered by constraint lambdas
// input: 
// expected: "1 blue black white gray red leftmost=blue"
string[] books = ["red", "gray", "white", "blue", "black"];
static IEnumerable<string[]> Permutations(string[] items)
{
    if (items.Length <= 1) { yield return items; yield break; }
    for (int i = 0; i < items.Length; i++)
    {
        var rest = items.Where((_, j) => j != i).ToArray();
        foreach (var p in Permutations(rest)) yield return [items[i], .. p];
    }
}

Func<string[], bool>[] rules =
[
    p => Array.IndexOf(p, "gray") < Array.IndexOf(p, "red"),
    p => Array.IndexOf(p, "white") == 2,
    p => Array.IndexOf(p, "black") == Array.IndexOf(p, "blue") + 1,
    p => Array.IndexOf(p, "red") == 4,
    p => Array.IndexOf(p, "gray") > Array.IndexOf(p, "black"),
];

var solutions = Permutations(books).Where(p => rules.All(r => r(p))).ToList();
return $"{solutions.Count} {string.Join(" ", solutions[0])} leftmost={solutions[0][0]}";

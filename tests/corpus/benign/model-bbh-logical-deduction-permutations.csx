// what: logical_deduction brute-forces orderings with a recursive iterator (yield) and constraint lambdas
// input: 
// expected: "1: orange red blue green white"
static IEnumerable<List<string>> Permutations(List<string> items)
{
    if (items.Count <= 1) { yield return new List<string>(items); yield break; }
    for (int i = 0; i < items.Count; i++)
    {
        var rest = items.Where((_, j) => j != i).ToList();
        foreach (var p in Permutations(rest))
        {
            p.Insert(0, items[i]);
            yield return p;
        }
    }
}
// Five books on a shelf: the red book is the second from the left; the green book is right of the blue;
// the white book is the rightmost; the orange book is left of the red.
var books = new List<string> { "red", "green", "blue", "white", "orange" };
var constraints = new List<Func<List<string>, bool>>
{
    o => o.IndexOf("red") == 1,
    o => o.IndexOf("green") > o.IndexOf("blue"),
    o => o.IndexOf("white") == 4,
    o => o.IndexOf("orange") < o.IndexOf("red"),
};
var solutions = Permutations(books).Where(o => constraints.All(c => c(o))).ToList();
return $"{solutions.Count}: {string.Join(" ", solutions[0])}";

// Question: Which sentence has the correct adjective order: (A) rubber terrible ship (B) terrible rubber ship
// Expected: (B)
var sentences = new Dictionary<string, string[]> { ["(A)"] = new[] { "rubber", "terrible" }, ["(B)"] = new[] { "terrible", "rubber" } };
foreach (var (label, adjectives) in sentences)
{
    var ranks = adjectives.Select(a => category_rank(a)).ToArray();
    bool ordered = ranks.Zip(ranks.Skip(1), (x, y) => x <= y).All(ok => ok);
    Console.WriteLine($"{label}: {string.Join(",", ranks)} ordered={ordered}");
    if (ordered)
    {
        return label;
    }
}
return "none";

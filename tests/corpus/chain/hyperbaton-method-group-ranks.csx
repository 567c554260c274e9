// Question: Which sentence has the correct adjective order: Options: (A) old-fashioned circular green cardboard exercise computer (B) old-fashioned green exercise circular cardboard computer
// Expected: (A)
var options = new Dictionary<string, List<string>>
{
    ["(A)"] = new List<string> { "old-fashioned", "circular", "green", "cardboard", "exercise" },
    ["(B)"] = new List<string> { "old-fashioned", "green", "exercise", "circular", "cardboard" },
};
foreach (var option in options)
{
    List<int> ranks = option.Value.Select(adjective_rank).ToList();
    bool ordered = ranks.Zip(ranks.Skip(1), (x, y) => x <= y).All(ok => ok);
    if (ordered && option.Value.OrderBy(adjective_rank).SequenceEqual(option.Value))
    {
        return option.Key;
    }
}
return "none";

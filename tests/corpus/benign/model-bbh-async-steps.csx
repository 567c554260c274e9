// what: a model wraps its solution in async Task<T> functions and awaits them at the top level (no threads started)
// input: 
// expected: "odd 5, even 30"
async Task<int> ParseAllAsync(IEnumerable<string> parts)
{
    int sum = 0;
    foreach (var p in parts)
    {
        await Task.Yield();
        sum += int.Parse(p);
    }
    return sum;
}
async Task<string> SolveAsync(string question)
{
    var numbers = Regex.Matches(question, @"-?\d+", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Value);
    int total = await ParseAllAsync(numbers);
    return total % 2 == 0 ? $"even {total}" : $"odd {total}";
}
var results = await Task.WhenAll(SolveAsync("add 3 and 4 and -2"), SolveAsync("add 10 and 20"));
return string.Join(", ", results);

// Question: Find a movie similar to Star Wars, The Matrix, Jurassic Park: (A) Independence Day (B) Tootsie
// Expected: (A)
var liked = new[] { "Star Wars", "The Matrix", "Jurassic Park" };
var candidates = new Dictionary<string, string> { ["(A)"] = "Independence Day", ["(B)"] = "Tootsie" };
var scores = new Dictionary<string, double>();
foreach (var (label, movie) in candidates)
{
    scores[label] = liked.Average(l => similarity(l, movie));
}
var best = scores.OrderByDescending(s => s.Value).First();
Console.WriteLine($"best: {best.Key} ({best.Value:F2})");
return best.Key;

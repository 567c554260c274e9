// Question: Find a movie similar to Star Wars, The Matrix, Terminator 2: Options: (A) Aliens (B) Amelie (C) Notting Hill
// Expected: (A)
var liked = new[] { "Star Wars", "The Matrix", "Terminator 2" };
var candidates = new Dictionary<string, string> { ["(A)"] = "Aliens", ["(B)"] = "Amelie", ["(C)"] = "Notting Hill" };
var best = candidates.OrderByDescending(c => similarity(liked, c.Value)).First();
Console.WriteLine($"best: {best.Value}");
return best.Key;

// Question: Find a movie similar to Star Wars, Indiana Jones, Back to the Future: (A) Titanic (B) The Terminator (C) Amelie
// Expected: (B)
var liked = new[] { "Star Wars", "Indiana Jones", "Back to the Future" };
var options = new[] { "(A) Titanic", "(B) The Terminator", "(C) Amelie" };
Console.WriteLine($"Answer: {BestMatch(string.Join(", ", liked), string.Join(" ", options))}");
return BestMatch(string.Join(", ", liked), string.Join(" ", options));

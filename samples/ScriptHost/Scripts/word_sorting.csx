// Sorts the words of its input alphabetically and returns the first ones. Inputs: a SortTask, read as the typed Args.
string[] words = Args.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
string[] sorted = words.OrderBy(w => w, StringComparer.Ordinal).Take(Args.Limit).ToArray();
Console.WriteLine($"{words.Length} words, {sorted.Length} kept");
return string.Join(" ", sorted);

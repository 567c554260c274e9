// Sorts the words of its input alphabetically and returns the first ones. Inputs: a SortTask (words, limit) as JSON.
string[] words = Args["words"].GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
int limit = Args["limit"].GetInt32();
string[] sorted = words.OrderBy(w => w, StringComparer.Ordinal).Take(limit).ToArray();
Console.WriteLine($"{words.Length} words, {sorted.Length} kept");
return string.Join(" ", sorted);

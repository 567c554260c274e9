// expected: succeeded — BIG-Bench Hard "word_sorting": sort the words alphabetically.
// Question: Sort the following words alphabetically: List: syndrome therefrom sulfa bruckner gasify meal
string list = "syndrome therefrom sulfa bruckner gasify meal";
string[] words = list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
string[] sorted = words.OrderBy(w => w, StringComparer.Ordinal).ToArray();
Console.WriteLine($"{words.Length} words, first {sorted[0]}, last {sorted[^1]}");
return string.Join(" ", sorted);

// BIG-Bench Hard "word_sorting": sort the listed words alphabetically.
// Input: "Sort the following words alphabetically: List: syndrome therefrom sulfa". Returns "sulfa syndrome therefrom".
// Ordinal order (by character code), as the task's reference answers are sorted; duplicates are kept.
const string Marker = "List:";
int start = Input.IndexOf(Marker, StringComparison.Ordinal);
string list = start >= 0 ? Input[(start + Marker.Length)..] : Input;

string[] words = list.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
string[] sorted = words.OrderBy(word => word, StringComparer.Ordinal).ToArray();
Console.WriteLine($"{words.Length} words");
return string.Join(" ", sorted);

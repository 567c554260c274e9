// what: BBH word sorting with ordinal and culture-aware comparers, case-insensitive distinct and Array.Sort with a Comparison
// input: syndrome therefrom Bacteria apple zebra éclair Mango banana
// expected: "Bacteria Mango apple banana syndrome therefrom zebra éclair | apple Bacteria banana Mango syndrome therefrom zebra éclair | apple Bacteria banana éclair Mango syndrome therefrom zebra | Mango apple zebra | 0"
string[] words = Input.Split(' ');
var ordinal = words.Order(StringComparer.Ordinal);
var ignoreCase = words.Order(StringComparer.OrdinalIgnoreCase);
var invariant = words.Order(StringComparer.InvariantCultureIgnoreCase);
string[] byLength = (string[])words.Clone();
Array.Sort(byLength, (a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
int cmp = string.Compare("apple", "Apple", CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);
return $"{string.Join(" ", ordinal)} | {string.Join(" ", ignoreCase)} | {string.Join(" ", invariant)} | {string.Join(" ", byLength.Take(3))} | {cmp}";

// what: tracking_shuffled_objects (dance partners) with parallel arrays, Array.IndexOf and a generic Swap<T>
// input: 
// expected: "Alice-Patrick Bob-Lola Claire-Rodrigo"
static void Swap<T>(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
string[] dancers = { "Alice", "Bob", "Claire" };
string[] partners = { "Rodrigo", "Lola", "Patrick" };
var trades = new (string, string)[] { ("Alice", "Bob"), ("Claire", "Alice"), ("Bob", "Claire") };
foreach (var (a, b) in trades)
{
    Swap(partners, Array.IndexOf(dancers, a), Array.IndexOf(dancers, b));
}
return string.Join(" ", dancers.Select((d, i) => $"{d}-{partners[i]}"));

// what: SortedList, custom IComparer class, List.Sort(IComparer), OrderBy with comparer
// input: 
// expected: "a10,a2,a1|1:x,2:y"
class ByLengthDesc : IComparer<string>
{
    public int Compare(string? x, string? y) => (y?.Length ?? 0).CompareTo(x?.Length ?? 0) is var c and not 0 ? c : string.CompareOrdinal(y, x);
}
var list = new List<string> { "a1", "a10", "a2" };
list.Sort(new ByLengthDesc());
var sl = new SortedList<int, string> { [2] = "y", [1] = "x" };
return $"{string.Join(",", list)}|{string.Join(",", sl.Select(p => $"{p.Key}:{p.Value}"))}";

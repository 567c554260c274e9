// what: word_sorting with an ordinal comparer, a SortedSet, and a custom IComparer class
// input: 
// expected: "aphasia kerosene obeisant sanhedrin syndrome therefrom uniform | aphasia uniform kerosene obeisant syndrome sanhedrin therefrom"
class ByLengthThenAlpha : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        int c = (x?.Length ?? 0).CompareTo(y?.Length ?? 0);
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }
}
string words = "syndrome therefrom sanhedrin obeisant kerosene uniform aphasia";
var list = words.Split(' ').ToList();
list.Sort(StringComparer.Ordinal);
var set = new SortedSet<string>(words.Split(' '), new ByLengthThenAlpha());
return string.Join(" ", list) + " | " + string.Join(" ", set);

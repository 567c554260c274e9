// what: sorting with IComparable records, an IComparer class, Comparison lambdas, stable OrderBy and BinarySearch
// input: 
// expected: {"versions":["0.9.9","1.2.0","1.2.9","1.2.10","1.10.0"],"newest":"1.10.0","files":["file1.txt","file2.txt","file3.txt","file10.txt","file20.txt"],"words":["fig","date","kiwi","pear","apple","banana"],"stable":"adbc","hit":3,"miss":4}
record Version(int Major, int Minor, int Patch) : IComparable<Version>
{
    public static Version Parse(string s)
    {
        var p = s.Split('.').Select(int.Parse).ToArray();
        return new Version(p[0], p.Length > 1 ? p[1] : 0, p.Length > 2 ? p[2] : 0);
    }
    public int CompareTo(Version? other) =>
        other is null ? 1 : (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}

class NaturalComparer : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return string.Compare(x, y, StringComparison.Ordinal);
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsDigit(x[i]) && char.IsDigit(y[j]))
            {
                int si = i, sj = j;
                while (i < x.Length && char.IsDigit(x[i])) i++;
                while (j < y.Length && char.IsDigit(y[j])) j++;
                int cmp = long.Parse(x[si..i]).CompareTo(long.Parse(y[sj..j]));
                if (cmp != 0) return cmp;
            }
            else
            {
                int cmp = x[i].CompareTo(y[j]);
                if (cmp != 0) return cmp;
                i++; j++;
            }
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }
}

var versions = new[] { "1.10.0", "1.2", "1.2.10", "0.9.9", "1.2.9" }.Select(Version.Parse).ToList();
versions.Sort();
var files = new List<string> { "file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt" };
files.Sort(new NaturalComparer());
var words = new[] { "pear", "fig", "apple", "kiwi", "banana", "date" };
Array.Sort(words, (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
var stable = new[] { ("b", 2), ("a", 1), ("c", 2), ("d", 1) }.OrderBy(t => t.Item2).Select(t => t.Item1);
int[] sorted = [1, 3, 5, 7, 9, 11];
int hit = Array.BinarySearch(sorted, 7);
int miss = ~Array.BinarySearch(sorted, 8);
return new
{
    versions = versions.Select(v => v.ToString()).ToArray(),
    newest = versions.Max()!.ToString(),
    files,
    words,
    stable = string.Concat(stable),
    hit,
    miss,
};

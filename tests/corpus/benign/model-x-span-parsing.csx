// what: parsing a log line with ReadOnlySpan<char> slicing and Span<int> in-place algorithms inside methods
// input: 
// expected: "ERROR:500:Database connection lost;WARN:301:Disk usage at 85 percent;INFO:200:Backup completed | 25 | 5,4,6,7,1,2,3 | True"
static (string Level, int Code, string Message) ParseLine(ReadOnlySpan<char> line)
{
    int open = line.IndexOf('[');
    int close = line.IndexOf(']');
    ReadOnlySpan<char> level = line.Slice(open + 1, close - open - 1);
    ReadOnlySpan<char> rest = line[(close + 1)..].TrimStart();
    int space = rest.IndexOf(' ');
    int code = int.Parse(rest[..space]);
    ReadOnlySpan<char> message = rest[(space + 1)..].Trim();
    return (level.ToString(), code, message.ToString());
}

static int CountWords(ReadOnlySpan<char> text)
{
    int count = 0;
    bool inWord = false;
    foreach (char c in text)
    {
        if (char.IsLetterOrDigit(c)) { if (!inWord) count++; inWord = true; }
        else inWord = false;
    }
    return count;
}

static void ReverseInPlace(Span<int> span)
{
    for (int i = 0, j = span.Length - 1; i < j; i++, j--)
        (span[i], span[j]) = (span[j], span[i]);
}

static void RotateLeft(Span<int> span, int k)
{
    k %= span.Length;
    ReverseInPlace(span[..k]);
    ReverseInPlace(span[k..]);
    ReverseInPlace(span);
}

string[] log =
[
    "2024-05-01 [ERROR] 500 Database connection lost ",
    "2024-05-01 [WARN] 301 Disk usage at 85 percent",
    "2024-05-02 [INFO] 200 Backup completed",
];
var parsed = log.Select(l => ParseLine(l.AsSpan())).ToList();
int words = log.Sum(l => CountWords(l));
int[] arr = [1, 2, 3, 4, 5, 6, 7];
RotateLeft(arr, 3);
ReverseInPlace(arr.AsSpan(0, 2));
bool starts = "prefix-body".AsSpan().StartsWith("prefix");
return $"{string.Join(";", parsed.Select(p => $"{p.Level}:{p.Code}:{p.Message}"))} | {words} | {string.Join(",", arr)} | {starts}";

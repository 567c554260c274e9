// what: legal deep recursion: recursive list sum, string reversal and a linked list walk about 900 frames deep
// input: 
// expected: {"sum":405450,"len":900,"d":900,"maxLevel":901,"rev":"bazyxwvuts"}
class ListNode(int value, ListNode? next)
{
    public int Value { get; } = value;
    public ListNode? Next { get; } = next;
}

static long SumRec(int[] a, int i) => i == a.Length ? 0 : a[i] + SumRec(a, i + 1);

static string ReverseRec(string s) => s.Length <= 1 ? s : ReverseRec(s[1..]) + s[0];

static int Length(ListNode? n) => n is null ? 0 : 1 + Length(n.Next);

static int Depth(int n, ref int max, int level)
{
    if (level > max) max = level;
    return n <= 0 ? 0 : 1 + Depth(n - 1, ref max, level + 1);
}

var arr = Enumerable.Range(1, 900).ToArray();
ListNode? head = null;
for (int i = 0; i < 900; i++) head = new ListNode(i, head);
int maxLevel = 0;
int d = Depth(900, ref maxLevel, 1);
string text = string.Concat(Enumerable.Range(0, 600).Select(i => (char)('a' + i % 26)));
return new { sum = SumRec(arr, 0), len = Length(head), d, maxLevel, rev = ReverseRec(text)[..10] };

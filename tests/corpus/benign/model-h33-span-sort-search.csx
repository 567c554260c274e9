// what: Span<T> and ReadOnlySpan<T>: in-place sort, reverse, binary search, IndexOfAny, SequenceEqual, slicing and span splitting
// input: 
// expected: "19 7 3 25 42 61 88 at=5 sep=5 long=3 same=True a=6 delta True"
static string Run()
{
int[] data = [42, 7, 19, 3, 88, 61, 25];
Span<int> span = data;
span.Sort();
int at = span.BinarySearch(61);
span[..3].Reverse();
ReadOnlySpan<char> text = "alpha,beta;gamma,delta";
int sep = text.IndexOfAny(',', ';');
int parts = 0;
foreach (Range r in text.SplitAny(',', ';')) { if (text[r].Length > 4) parts++; }
bool same = "abc".AsSpan().SequenceEqual(['a', 'b', 'c']);
int count = text.Count('a');
return $"{string.Join(" ", data)} at={at} sep={sep} long={parts} same={same} a={count} {text[^5..].ToString()} {span.Contains(88)}";
}

return Run();

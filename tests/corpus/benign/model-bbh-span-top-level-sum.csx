// what: a model uses top-level Span<int> and ReadOnlySpan<char> locals (slicing, Sort, IndexOf) before its helper functions
// input: 
// expected: "sum=21 word=the sorted=1,2,4,7,8,9"
int[] data = { 9, 4, 7, 1, 8, 2 };
Span<int> values = data;
values.Sort();
Span<int> middle = values.Slice(1, 4);
int middleSum = 0;
foreach (int v in middle) middleSum += v;
ReadOnlySpan<char> sentence = "the quick brown fox".AsSpan();
int firstSpace = sentence.IndexOf(' ');
ReadOnlySpan<char> firstWord = sentence[..firstSpace];
string report = Describe(middleSum, firstWord.ToString());
return report;

string Describe(int sum, string word) => $"sum={sum} word={word} sorted={string.Join(",", data)}";

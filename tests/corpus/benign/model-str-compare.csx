// what: string.Compare, Equals ignore case, CompareOrdinal
// input: 
// expected: [true,-1,true,"b"]
bool eq = string.Equals("Hello", "hello", StringComparison.OrdinalIgnoreCase);
int cmp = Math.Sign(string.Compare("apple", "banana", StringComparison.Ordinal));
bool ord = string.CompareOrdinal("a", "b") < 0;
var max = new[] { "a", "b", "B" }.Max(StringComparer.Ordinal);
return new object[] { eq, cmp, ord, max };

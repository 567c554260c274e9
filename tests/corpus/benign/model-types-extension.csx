// what: extension methods in a static class
// input: 
// expected: "olleh 3"
static class StringExtensions
{
    public static string Reversed(this string s) => new string(s.Reverse().ToArray());
    public static int WordCount(this string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
return $"{"hello".Reversed()} {"a b  c".WordCount()}";

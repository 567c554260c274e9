// what: string puzzles: anagram groups with sorted keys, the longest palindromic substring by expansion, isogram and pangram checks, word reversal
// input: 
// expected: "listen/silent/enlist google/gooegl cat/act/tac | geeksskeeg aba | True True | here runs code of chain | HeLlO WoRlD"
string[] words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
var groups = words.GroupBy(w => new string(w.Order().ToArray())).Where(g => g.Count() > 1).Select(g => string.Join("/", g)).ToList();

static string LongestPalindrome(string s)
{
    int bestStart = 0, bestLen = 0;
    for (int center = 0; center < 2 * s.Length - 1; center++)
    {
        int lo = center / 2, hi = lo + center % 2;
        while (lo >= 0 && hi < s.Length && s[lo] == s[hi]) { lo--; hi++; }
        if (hi - lo - 1 > bestLen) (bestStart, bestLen) = (lo + 1, hi - lo - 1);
    }
    return s.Substring(bestStart, bestLen);
}

bool isogram = "lumberjacks".Distinct().Count() == "lumberjacks".Length;
bool pangram = "The quick brown fox jumps over the lazy dog".ToLowerInvariant().Where(char.IsAsciiLetterLower).Distinct().Count() == 26;
string reversed = string.Join(' ', "chain of code runs here".Split(' ').Reverse());
string caps = string.Concat("hello world".Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c));
return $"{string.Join(" ", groups)} | {LongestPalindrome("forgeeksskeegfor")} {LongestPalindrome("abacdfgdcaba")} | {isogram} {pangram} | {reversed} | {caps}";

// Question: Sort these words by the first letter of their English translation: Hund, Katze.
// Expected: cat dog
var words = new[] { "Hund", "Katze" };
var english = new List<string>();
foreach (var w in words)
{
    english.Add(TranslateWord(w));
}
char first = FirstLetter(english[0]);
english.Sort(StringComparer.Ordinal);
return string.Join(" ", english) + (first == 'd' ? "" : "?");

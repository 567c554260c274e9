// Question: Sort the following words alphabetically: List: syndrome therefrom
// Expected: syndrome therefrom
string question = "Sort the following words alphabetically: List: syndrome therefrom";
List<string> words = extract_words(question);
var expected = count_words(question);
Console.WriteLine($"{expected} words expected, {words.Count} found");
if (words.Count != expected)
{
    return "mismatch";
}
words.Sort(StringComparer.Ordinal);
return string.Join(" ", words);

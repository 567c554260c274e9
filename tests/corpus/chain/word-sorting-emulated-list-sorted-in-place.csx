// Question: Sort the following words alphabetically: List: syndrome therefrom
// Expected: syndrome therefrom
var words = extract_words("List: syndrome therefrom");
words.Sort(StringComparer.Ordinal);
return string.Join(" ", words);

// what: Unicode text: Rune enumeration, surrogate pairs, StringInfo text elements, diacritics removed with normalization, ToTitleCase
// input: 
// expected: "22 20 19 29 True The Quick Brown Fox | hello world * ca va"
string text = "héllo wörld 👋🏽 ça va";
int utf16 = text.Length;
int runes = text.EnumerateRunes().Count();
int elements = new StringInfo(text).LengthInTextElements;
string stripped = string.Concat(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
string title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase("the quick brown fox");
int bytes = Encoding.UTF8.GetByteCount(text);
bool surrogate = char.IsSurrogatePair(text, text.IndexOf("👋", StringComparison.Ordinal));
return $"{utf16} {runes} {elements} {bytes} {surrogate} {title} | {stripped.Replace("👋🏽", "*")}";

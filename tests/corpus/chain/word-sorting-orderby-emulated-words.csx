// Question: Sort the following words alphabetically: List: oven costume counterpart
// Expected: costume counterpart oven
var sorted = split_into_words("oven costume counterpart").OrderBy(w => w, StringComparer.Ordinal).ToList();
return string.Join(" ", sorted);

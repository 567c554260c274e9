// BIG-Bench Hard "object_counting": how many items of one category do I have?
// Input: "I have a violin, two nectarines, a flute, and a banana. How many musical instruments do I have?"
// Returns "2".
// The program parses the list and the counts; whether an item belongs to the category is a semantic
// judgement, so IsInCategory is not defined here: the Chain-of-Code runner hands each call to the
// emulator (a language model, or a scripted replies file), and its use in the `if` types it as bool.
TimeSpan regexTimeout = TimeSpan.FromSeconds(1);

Match question = Regex.Match(Input, @"^\s*I have (?<list>.+?)\.\s*How many (?<category>.+?) do I have\?\s*$", RegexOptions.Singleline, regexTimeout);
if (!question.Success)
{
    throw new FormatException("expected \"I have ... . How many ... do I have?\"");
}

string category = question.Groups["category"].Value.Trim();
var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
{
    ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
    ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
};

// "a violin, two nectarines, and a flute" -> (1, "violin"), (2, "nectarines"), (1, "flute").
string[] parts = Regex.Split(question.Groups["list"].Value, @",\s*(?:and\s+)?|\s+and\s+", RegexOptions.None, regexTimeout);
int count = 0;
foreach (string part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
{
    int space = part.IndexOf(' ');
    string word = space > 0 ? part[..space] : part;
    int number = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int digits) ? digits
        : numbers.TryGetValue(word, out int named) ? named
        : throw new FormatException($"no count in '{part}'");
    string item = part[(space + 1)..];
    if (IsInCategory(item, category))
    {
        count += number;
    }
}

return count.ToString(CultureInfo.InvariantCulture);

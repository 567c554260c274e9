// what: object_counting with a category table, number words and a Regex over the question
// input: 
// expected: 8
string question = "I have a flute, a piano, two trombones, an accordion, three violins, a cabbage, and two heads of broccoli. How many musical instruments do I have?";
var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5 };
var instruments = new HashSet<string> { "flute", "piano", "trombone", "accordion", "violin", "drum", "clarinet", "trumpet" };
string list = question[(question.IndexOf("have ") + 5)..question.IndexOf('.')];
int total = 0;
foreach (Match m in Regex.Matches(list, @"(?:and )?(\w+) ([\w ]+?)(?:,|$)", RegexOptions.None, TimeSpan.FromSeconds(1)))
{
    int count = numbers.TryGetValue(m.Groups[1].Value, out int n) ? n : 0;
    string noun = m.Groups[2].Value.Trim();
    string singular = noun.EndsWith("s") ? noun[..^1] : noun;
    if (instruments.Contains(singular)) total += count;
}
return total;

// what: BBH object counting: parse 'I have a piano, two flutes, ...' with number words, plural stripping and a category map
// input: I have a piano, two flutes, four trombones, a head of broccoli, three cabbages, a violin, and two nectarines. How many musical instruments do I have?
// expected: "8 [pianox1 flutex2 trombonex4 violinx1] True"
var numberWords = new Dictionary<string, int> { ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5 };
var instruments = new HashSet<string> { "piano", "flute", "trombone", "violin", "drum", "trumpet", "clarinet", "accordion" };
string question = Input[(Input.IndexOf('?', StringComparison.Ordinal) > 0 ? Input.LastIndexOf('.') + 1 : 0)..].Trim();
string list = Input[..Input.LastIndexOf('.')].Replace("I have ", "").Replace(", and ", ", ");
int total = 0;
var counted = new List<string>();
foreach (var part in list.Split(", "))
{
    var words = part.Split(' ');
    int n = numberWords.GetValueOrDefault(words[0], 1);
    string noun = words[^1].TrimEnd('s');
    if (instruments.Contains(noun)) { total += n; counted.Add($"{noun}x{n}"); }
}
return $"{total} [{string.Join(" ", counted)}] {question.Contains("instruments")}";

// what: web_of_lies follows a chain of "X says Y lies/tells the truth" with a Dictionary<string, bool?>
// input: 
// expected: "No"
string question = "Question: Fidel lies. Jerry says Fidel tells the truth. Vina says Jerry tells the truth. Millicent says Vina lies. Raymond says Millicent lies. Does Raymond tell the truth?";
var truthful = new Dictionary<string, bool?>();
foreach (var sentence in question["Question: ".Length..].Split(". ", StringSplitOptions.TrimEntries))
{
    var m = Regex.Match(sentence, @"^(\w+) (lies|tells the truth)$", RegexOptions.None, TimeSpan.FromSeconds(1));
    if (m.Success) { truthful[m.Groups[1].Value] = m.Groups[2].Value == "tells the truth"; continue; }
    m = Regex.Match(sentence, @"^(\w+) says (\w+) (lies|tells the truth)$", RegexOptions.None, TimeSpan.FromSeconds(1));
    if (m.Success)
    {
        bool? other = truthful.GetValueOrDefault(m.Groups[2].Value);
        bool claim = m.Groups[3].Value == "tells the truth";
        truthful[m.Groups[1].Value] = other is null ? null : other == claim;
    }
}
bool? raymond = truthful["Raymond"];
return raymond switch { true => "Yes", false => "No", null => "Unknown" };

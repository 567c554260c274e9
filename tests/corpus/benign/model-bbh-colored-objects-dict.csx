// what: reasoning_about_colored_objects with an ordered list of (color, item) tuples, IndexOf and neighbors
// input: 
// expected: "brown (of 6, 5 not green, first paperclip)"
string question = "On the table, you see a bunch of objects arranged in a row: a purple paperclip, a pink stress ball, a brown keychain, a green scrunchiephone charger, a mauve fidget spinner, and a burgundy pen. What is the color of the object directly to the right of the stress ball?";
var objects = Regex.Matches(question[..question.IndexOf('?')], @"an? (\w+) ([\w ]+?)(?=,| and|\.)", RegexOptions.None, TimeSpan.FromSeconds(1))
    .Select(m => (Color: m.Groups[1].Value, Item: m.Groups[2].Value))
    .Where(o => o.Color != "bunch")
    .ToList();
int index = objects.FindIndex(o => o.Item == "stress ball");
var right = index + 1 < objects.Count ? objects[index + 1] : default;
int nonGreen = objects.Count(o => o.Color != "green");
return $"{right.Color} (of {objects.Count}, {nonGreen} not green, first {objects[0].Item})";

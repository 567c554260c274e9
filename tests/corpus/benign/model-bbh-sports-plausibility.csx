// what: sports_understanding with a record of athletes, a sport lookup per action and a string.Format answer
// input: 
// expected: "Joao Moutinho |football  |implausible\nKyle Tucker   |baseball  |plausible\nJamal Murray  |soccer    |implausible"
record Athlete(string Name, string Sport);
var athletes = new List<Athlete> { new("Joao Moutinho", "soccer"), new("Kyle Tucker", "baseball"), new("Jamal Murray", "basketball") };
var actions = new Dictionary<string, string>
{
    ["caught the screen pass"] = "football", ["was safe at first"] = "baseball", ["hit the buzzer beater"] = "basketball", ["took a corner kick"] = "soccer",
};
string[] sentences = { "Joao Moutinho caught the screen pass in the NFC championship.", "Kyle Tucker was safe at first.", "Jamal Murray took a corner kick." };
var verdicts = new List<string>();
foreach (string s in sentences)
{
    Athlete who = athletes.First(a => s.StartsWith(a.Name, StringComparison.Ordinal));
    string action = actions.Keys.First(k => s.Contains(k));
    verdicts.Add(string.Format(CultureInfo.InvariantCulture, "{0,-14}|{1,-10}|{2}", who.Name, actions[action], actions[action] == who.Sport ? "plausible" : "implausible"));
}
return string.Join("\n", verdicts);

// what: disambiguation_qa resolves a pronoun with a rule table keyed by (verb, role) tuples and pattern matching
// input: 
// expected: "told/he:ambiguous asked/they:subject thanked/her:object"
var rules = new Dictionary<(string Verb, string Pronoun), string>
{
    [("told", "he")] = "ambiguous",
    [("asked", "they")] = "subject",
    [("thanked", "her")] = "object",
};
string[] sentences =
{
    "The chief told the counselor that he took the day off.",
    "The scientist asked the engineer whether they could help.",
    "The nurse thanked the doctor for helping her.",
};
var answers = new List<string>();
foreach (var s in sentences)
{
    string[] w = s.TrimEnd('.').Split(' ');
    string verb = w[2];
    string? pronoun = w.FirstOrDefault(x => x is "he" or "she" or "they" or "her" or "him");
    string answer = pronoun is null ? "none" : rules.TryGetValue((verb, pronoun), out var r) ? r : "unknown";
    answers.Add($"{verb}/{pronoun}:{answer}");
}
return string.Join(" ", answers);

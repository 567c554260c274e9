// Question: Which statement is sarcastic? Options: (A) I love waiting two hours in line (B) I love waiting two minutes in line
// Expected: (A)
var statements = new List<string> { "I love waiting two hours in line", "I love waiting two minutes in line" };
var labels = new List<string> { "(A)", "(B)" };
var scores = statements.Select(s => irony_score(s)).ToList();
double top = scores.Max();
return labels[scores.IndexOf(top)];

// Question: Here is a table where the first line is a header and each subsequent line is a penguin: name, age, height (cm), weight (kg) Louis, 7, 50, 11 Bernard, 5, 80, 13 Vincent, 9, 60, 11 Gwen, 8, 70, 15 What is the age of the oldest penguin? Options: (A) 5 (B) 7 (C) 8 (D) 9 (E) 11
// Expected: (D)
var penguins = new[] { "Louis", "Bernard", "Vincent", "Gwen" };
var ages = penguins.Select(p => age_of_penguin(p)).ToList();
int oldest = ages.Max();
var options = new Dictionary<string, int> { ["(A)"] = 5, ["(B)"] = 7, ["(C)"] = 8, ["(D)"] = 9, ["(E)"] = 11 };
return options.First(o => o.Value == oldest).Key;

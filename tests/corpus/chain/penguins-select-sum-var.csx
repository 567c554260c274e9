// Question: Here is a table of penguins: Louis, 7, 50, 11 Bernard, 5, 80, 13 Vincent, 9, 60, 11 Gwen, 8, 70, 15 What is the cumulated age of the penguins? Options: (A) 24 (B) 29 (C) 36 (D) 41 (E) 48
// Expected: (B)
var names = new List<string> { "Louis", "Bernard", "Vincent", "Gwen" };
var ages = names.Select(n => age_of(n));
var total = ages.Sum();
Console.WriteLine($"total age {total}");
var options = new Dictionary<string, int> { ["(A)"] = 24, ["(B)"] = 29, ["(C)"] = 36, ["(D)"] = 41, ["(E)"] = 48 };
return options.First(o => o.Value == total).Key;

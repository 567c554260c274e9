// Question: Here is a table of penguins: Louis, 7, 50, 11 Bernard, 5, 80, 13 Vincent, 9, 60, 11 Gwen, 8, 70, 15 How many penguins are more than 5 years old? Options: (A) 1 (B) 2 (C) 3 (D) 4 (E) 5
// Expected: (C)
var names = new List<string> { "Louis", "Bernard", "Vincent", "Gwen" };
var older = names.Select(n => is_older_than_five(n)).ToList();
int count = older.Count(o => o);
return "(" + (char)('A' + count - 1) + ")";

// Question: On a shelf, there are three books: a white book, a green book, and an orange book. The green book is to the right of the white book. The orange book is the rightmost. Which book is the leftmost? Options: (A) The white book is the leftmost (B) The green book is the leftmost (C) The orange book is the leftmost
// Expected: (A)
var order = solve_left_to_right("The green book is to the right of the white book. The orange book is the rightmost.", new[] { "white", "green", "orange" });
Console.WriteLine(string.Join(" < ", order));
string leftmost = order[0];
var options = new Dictionary<string, string> { ["white"] = "(A)", ["green"] = "(B)", ["orange"] = "(C)" };
return options[leftmost];

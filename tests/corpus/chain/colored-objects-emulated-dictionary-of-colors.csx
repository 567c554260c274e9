// Question: On the desk, you see a bunch of things arranged in a row: a red pencil, a purple cup, a teal notebook. What is the color of the thing directly to the right of the cup? Options: (A) red (B) purple (C) teal
// Expected: (C)
var colors = colors_by_object("a red pencil, a purple cup, a teal notebook");
var row = arrangement("a red pencil, a purple cup, a teal notebook");
string right = row[row.IndexOf("cup") + 1];
string color = colors[right];
var options = new List<string> { "red", "purple", "teal" };
return $"({(char)('A' + options.IndexOf(color))})";

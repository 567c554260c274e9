// Question: This SVG path element <path d="M 10,10 L 20,10 L 20,20 L 10,20 L 10,10"/> draws a Options: (A) circle (B) square (C) triangle
// Expected: (B)
var shape = shape_drawn_by("M 10,10 L 20,10 L 20,20 L 10,20 L 10,10");
var options = new[] { "circle", "square", "triangle" };
int index = Array.FindIndex(options, o => string.Equals(o, shape, StringComparison.OrdinalIgnoreCase));
return "(" + "ABC"[index] + ")";

// Question: This SVG path element <path d="M 55.57,80.69 L 57.38,65.80 M 57.38,65.80 L 48.90,57.46 M 48.90,57.46 L 45.58,47.78 M 45.58,47.78 L 53.25,36.07 L 66.29,48.90 L 78.69,61.09 L 55.57,80.69"/> draws a (B) heptagon (C) hexagon (E) line
// Expected: (B)
string path = "M 55.57,80.69 L 57.38,65.80 M 57.38,65.80 L 48.90,57.46 M 48.90,57.46 L 45.58,47.78 M 45.58,47.78 L 53.25,36.07 L 66.29,48.90 L 78.69,61.09 L 55.57,80.69";
var closed = is_closed_path(path);
var sides = count_sides(path);
Console.WriteLine($"closed: {closed}, sides: {sides}");
string answer = !closed ? "(E)" : sides == 7 ? "(B)" : "(C)";
return answer;

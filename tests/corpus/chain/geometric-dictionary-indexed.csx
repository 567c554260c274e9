// Question: This SVG path element <path d="M 30.17,45.97 L 58.79,40.36 L 18.10,15.70 M 18.10,15.70 L 30.17,45.97"/> draws a (A) circle (B) heptagon (J) triangle
// Expected: (J)
string path = "M 30.17,45.97 L 58.79,40.36 L 18.10,15.70 M 18.10,15.70 L 30.17,45.97";
var commands = count_commands(path);
if (commands["L"] == 3 && commands["A"] == 0)
{
    return "(J)";
}
return commands["A"] > 0 ? "(A)" : "(B)";

// Question: If you follow these instructions, do you return to the starting point? Always face forward. Take 1 step backward. Take 9 steps left. Take 2 steps backward. Take 6 steps forward. Take 4 steps forward. Take 4 steps backward. Take 3 steps right.
// Expected: No
var instructions = new List<string> { "Take 1 step backward", "Take 9 steps left", "Take 2 steps backward", "Take 6 steps forward", "Take 4 steps forward", "Take 4 steps backward", "Take 3 steps right" };
int x = 0, y = 0;
foreach (string instruction in instructions)
{
    (int dx, int dy) = step_offset(instruction);
    x += dx;
    y += dy;
}
return x == 0 && y == 0 ? "Yes" : "No";

// Question: If you follow these instructions, do you return to the starting point? Always face forward. Take 2 steps forward. Take 3 steps left. Take 2 steps backward. Take 3 steps right. Options: - Yes - No
// Expected: Yes
List<(int Dx, int Dy)> moves = parse_moves("Always face forward. Take 2 steps forward. Take 3 steps left. Take 2 steps backward. Take 3 steps right.");
int x = moves.Sum(m => m.Dx);
int y = moves.Sum(m => m.Dy);
return x == 0 && y == 0 ? "Yes" : "No";

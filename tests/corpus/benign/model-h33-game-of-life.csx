// what: Conway's game of life on a 2D bool array for 20 generations of a glider on a wrapping 10x10 board
// input: 
// expected: "56 67 75 76 77"
const int N = 10;
var grid = new bool[N, N];
foreach (var (r, c) in new[] { (0, 1), (1, 2), (2, 0), (2, 1), (2, 2) }) grid[r, c] = true;

bool[,] Step(bool[,] g)
{
    var next = new bool[N, N];
    for (int r = 0; r < N; r++)
    for (int c = 0; c < N; c++)
    {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
        for (int dc = -1; dc <= 1; dc++)
        {
            if ((dr, dc) == (0, 0)) continue;
            if (g[(r + dr + N) % N, (c + dc + N) % N]) n++;
        }
        next[r, c] = g[r, c] ? n is 2 or 3 : n == 3;
    }
    return next;
}

for (int i = 0; i < 20; i++) grid = Step(grid);
var alive = new List<string>();
for (int r = 0; r < grid.GetLength(0); r++)
for (int c = 0; c < grid.GetLength(1); c++)
    if (grid[r, c]) alive.Add($"{r}{c}");
return string.Join(" ", alive);

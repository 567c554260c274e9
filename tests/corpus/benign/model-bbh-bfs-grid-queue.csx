// what: a grid-walking puzzle solved with breadth-first search on a Queue of tuples and a visited bool[,]
// input: 
// expected: 12
string[] grid =
{
    "S.#.....",
    ".##.###.",
    "....#...",
    "#.#...#E",
};
int rows = grid.Length, cols = grid[0].Length;
var visited = new bool[rows, cols];
var queue = new Queue<(int R, int C, int Steps)>();
queue.Enqueue((0, 0, 0));
visited[0, 0] = true;
int answer = -1;
(int, int)[] deltas = { (1, 0), (-1, 0), (0, 1), (0, -1) };
while (queue.Count > 0)
{
    var (r, c, steps) = queue.Dequeue();
    if (grid[r][c] == 'E') { answer = steps; break; }
    foreach (var (dr, dc) in deltas)
    {
        int nr = r + dr, nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || visited[nr, nc] || grid[nr][nc] == '#') continue;
        visited[nr, nc] = true;
        queue.Enqueue((nr, nc, steps + 1));
    }
}
return answer;

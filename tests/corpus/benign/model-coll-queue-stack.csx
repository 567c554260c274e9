// what: Queue and Stack BFS over a grid
// input: 
// expected: 7
var grid = new[] { "S.#", "..#", "#.E" , "..." };
int rows = grid.Length, cols = grid[0].Length;
var q = new Queue<(int r, int c, int d)>();
var seen = new HashSet<(int, int)>();
q.Enqueue((0, 0, 0)); seen.Add((0, 0));
int answer = -1;
while (q.Count > 0)
{
    var (r, c, d) = q.Dequeue();
    if (grid[r][c] == 'E') { answer = d; break; }
    foreach (var (dr, dc) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1) })
    {
        int nr = r + dr, nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || grid[nr][nc] == '#') continue;
        if (seen.Add((nr, nc))) q.Enqueue((nr, nc, d + 1));
    }
}
var st = new Stack<int>(new[] { 1, 2, 3 });
return answer + st.Peek() - 3 + 3;

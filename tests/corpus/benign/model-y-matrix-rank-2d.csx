// what: Gaussian elimination on a double[,] for rank and determinant, plus spiral order and rotation of an int[,]
// input: 
// expected: {"full":"(3, -1)","singular":"(2, 0)","spiral":[1,2,3,4,8,12,11,10,9,5,6,7],"rotated":["9 5 1","10 6 2","11 7 3","12 8 4"]}
static (int Rank, double Det) Eliminate(double[,] input)
{
    int n = input.GetLength(0), m = input.GetLength(1);
    var a = (double[,])input.Clone();
    int rank = 0;
    double det = 1;
    for (int col = 0; col < m && rank < n; col++)
    {
        int pivot = rank;
        for (int r = rank + 1; r < n; r++)
            if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
        if (Math.Abs(a[pivot, col]) < 1e-12) { det = 0; continue; }
        if (pivot != rank)
        {
            for (int c = 0; c < m; c++) (a[pivot, c], a[rank, c]) = (a[rank, c], a[pivot, c]);
            det = -det;
        }
        det *= a[rank, col];
        for (int r = rank + 1; r < n; r++)
        {
            double f = a[r, col] / a[rank, col];
            for (int c = col; c < m; c++) a[r, c] -= f * a[rank, c];
        }
        rank++;
    }
    return (rank, rank == n && n == m ? Math.Round(det, 6) : 0);
}

static IEnumerable<int> Spiral(int[,] g)
{
    int top = 0, bottom = g.GetLength(0) - 1, left = 0, right = g.GetLength(1) - 1;
    while (top <= bottom && left <= right)
    {
        for (int c = left; c <= right; c++) yield return g[top, c];
        top++;
        for (int r = top; r <= bottom; r++) yield return g[r, right];
        right--;
        if (top <= bottom) { for (int c = right; c >= left; c--) yield return g[bottom, c]; bottom--; }
        if (left <= right) { for (int r = bottom; r >= top; r--) yield return g[r, left]; left++; }
    }
}

static int[,] Rotate(int[,] g)
{
    int rows = g.GetLength(0), cols = g.GetLength(1);
    var res = new int[cols, rows];
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            res[c, rows - 1 - r] = g[r, c];
    return res;
}

var full = new double[,] { { 2, 1, -1 }, { -3, -1, 2 }, { -2, 1, 2 } };
var singular = new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 1, 0, 1 } };
var grid = new int[3, 4];
for (int i = 0; i < 12; i++) grid[i / 4, i % 4] = i + 1;
var rotated = Rotate(grid);
var rotatedRows = Enumerable.Range(0, rotated.GetLength(0)).Select(r => string.Join(" ", Enumerable.Range(0, rotated.GetLength(1)).Select(c => rotated[r, c])));
return new { full = Eliminate(full).ToString(), singular = Eliminate(singular).ToString(), spiral = Spiral(grid).ToArray(), rotated = rotatedRows.ToArray() };

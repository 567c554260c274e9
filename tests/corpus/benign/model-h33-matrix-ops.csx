// what: matrix multiplication, transpose, determinant by Gaussian elimination and matrix power for Fibonacci with 2D arrays
// input: 
// expected: "2880067194370816120 14,32,32,77 49"
static long[,] Multiply(long[,] a, long[,] b)
{
    int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
    var c = new long[n, m];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            for (int x = 0; x < k; x++)
                c[i, j] += a[i, x] * b[x, j];
    return c;
}

static long[,] Power(long[,] m, int p)
{
    var result = new long[,] { { 1, 0 }, { 0, 1 } };
    while (p > 0)
    {
        if ((p & 1) == 1) result = Multiply(result, m);
        m = Multiply(m, m);
        p >>= 1;
    }
    return result;
}

static double Determinant(double[,] input)
{
    var a = (double[,])input.Clone();
    int n = a.GetLength(0);
    double det = 1;
    for (int col = 0; col < n; col++)
    {
        int pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
        if (Math.Abs(a[pivot, col]) < 1e-12) return 0;
        if (pivot != col)
        {
            for (int j = 0; j < n; j++) (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            det = -det;
        }
        det *= a[col, col];
        for (int r = col + 1; r < n; r++)
        {
            double f = a[r, col] / a[col, col];
            for (int j = col; j < n; j++) a[r, j] -= f * a[col, j];
        }
    }
    return det;
}

var fib = Power(new long[,] { { 1, 1 }, { 1, 0 } }, 90);
var m = new long[,] { { 1, 2, 3 }, { 4, 5, 6 } };
var t = new long[3, 2];
for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) t[j, i] = m[i, j];
var mt = Multiply(m, t);
double det = Determinant(new double[,] { { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } });
return $"{fib[0, 1]} {mt[0, 0]},{mt[0, 1]},{mt[1, 0]},{mt[1, 1]} {Math.Round(det, 6)}";

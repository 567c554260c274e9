// what: a Matrix class with a two-dimensional indexer, a row indexer and an index-from-end indexer
// input: 
// expected: {"row0":[14,32],"row1":[32,77],"last":77,"corner":4}
class Matrix
{
    private readonly double[,] _data;
    public int Rows { get; }
    public int Cols { get; }

    public Matrix(int rows, int cols) { Rows = rows; Cols = cols; _data = new double[rows, cols]; }

    public double this[int r, int c]
    {
        get => _data[r, c];
        set => _data[r, c] = value;
    }

    public double[] this[int r] => Enumerable.Range(0, Cols).Select(c => _data[r, c]).ToArray();

    public double this[Index r, Index c] => _data[r.GetOffset(Rows), c.GetOffset(Cols)];

    public static Matrix Identity(int n)
    {
        var m = new Matrix(n, n);
        for (int i = 0; i < n; i++) m[i, i] = 1;
        return m;
    }

    public static Matrix operator *(Matrix a, Matrix b)
    {
        var result = new Matrix(a.Rows, b.Cols);
        for (int i = 0; i < a.Rows; i++)
            for (int j = 0; j < b.Cols; j++)
            {
                double sum = 0;
                for (int k = 0; k < a.Cols; k++) sum += a[i, k] * b[k, j];
                result[i, j] = sum;
            }
        return result;
    }
}

var m = new Matrix(2, 3);
int v = 1;
for (int r = 0; r < 2; r++)
    for (int c = 0; c < 3; c++)
        m[r, c] = v++;

var t = new Matrix(3, 2);
for (int r = 0; r < 3; r++)
    for (int c = 0; c < 2; c++)
        t[r, c] = m[c, r];

var p = m * t;
var same = p * Matrix.Identity(2);
return new { row0 = p[0], row1 = p[1], last = same[^1, ^1], corner = m[^1, 0] };

// what: jagged arrays, matrix multiply
// input: 
// expected: [[19,22],[43,50]]
int[][] a = { new[] { 1, 2 }, new[] { 3, 4 } };
int[][] b = { new[] { 5, 6 }, new[] { 7, 8 } };
var c = new int[2][];
for (int i = 0; i < 2; i++)
{
    c[i] = new int[2];
    for (int j = 0; j < 2; j++)
        for (int k = 0; k < 2; k++)
            c[i][j] += a[i][k] * b[k][j];
}
return c;

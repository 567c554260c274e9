// what: LINQ Zip to tuples and deconstruction
// input: 
// expected: 32
int[] a = { 1, 2, 3 };
int[] b = { 4, 5, 6 };
int dot = 0;
foreach (var (x, y) in a.Zip(b))
{
    dot += x * y;
}
return dot;

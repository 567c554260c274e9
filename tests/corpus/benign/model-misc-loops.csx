// what: do/while, while with break/continue, labelled for loops, goto-free
// input: 
// expected: "10 7 (2,3)"
int n = 0;
do { n++; } while (n < 10);
int collatz = 0;
long v = 6;
while (v != 1) { v = v % 2 == 0 ? v / 2 : 3 * v + 1; collatz++; if (collatz > 100) break; }
(int, int) found = (-1, -1);
for (int i = 0; i < 5 && found.Item1 < 0; i++)
    for (int j = 0; j < 5; j++)
    {
        if (j <= i) continue;
        if (i * j == 6) { found = (i, j); break; }
    }
return $"{n} {collatz - 1} ({found.Item1},{found.Item2})";

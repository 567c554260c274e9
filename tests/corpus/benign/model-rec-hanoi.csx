// what: Tower of Hanoi move count and grid paths with memo array
// input: 
// expected: "1023 184756"
int moves = 0;
void Hanoi(int n, char from, char to, char via)
{
    if (n == 0) return;
    Hanoi(n - 1, from, via, to);
    moves++;
    Hanoi(n - 1, via, to, from);
}
Hanoi(10, 'A', 'C', 'B');
var memo = new long[11, 11];
long Paths(int r, int c)
{
    if (r == 0 || c == 0) return 1;
    if (memo[r, c] != 0) return memo[r, c];
    return memo[r, c] = Paths(r - 1, c) + Paths(r, c - 1);
}
return $"{moves} {Paths(10, 10)}";

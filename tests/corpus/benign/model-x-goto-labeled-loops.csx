// what: goto to leave nested loops, goto case/default in a state machine and a retry label
// input: 
// expected: "(1, 3) [a][b]12|3| 5 35"
int[,] grid =
{
    { 1, 2, 3, 4 },
    { 5, 6, 7, 8 },
    { 9, 10, 11, 12 },
};

(int, int) found = (-1, -1);
for (int r = 0; r < grid.GetLength(0); r++)
{
    for (int c = 0; c < grid.GetLength(1); c++)
    {
        if (grid[r, c] * grid[r, c] > 50)
        {
            found = (r, c);
            goto Done;
        }
    }
}
Done:

static string RunMachine(string input)
{
    var output = new StringBuilder();
    int i = 0;
    int state = 0;
    while (i < input.Length)
    {
        char ch = input[i++];
        switch (state)
        {
            case 0:
                if (char.IsDigit(ch)) { state = 1; goto case 1; }
                output.Append('[').Append(ch).Append(']');
                break;
            case 1:
                if (!char.IsDigit(ch)) { state = 0; goto default; }
                output.Append(ch);
                break;
            default:
                output.Append('|');
                break;
        }
    }
    return output.ToString();
}

int attempts = 0;
int value = 0;
Retry:
attempts++;
value += 7;
if (value % 5 != 0 && attempts < 10) goto Retry;

return $"{found} {RunMachine("ab12c3d")} {attempts} {value}";

// what: goto back to a label on a local declaration and past a label on a local function inside methods
// input: 
// expected: "422 -1 total=7 total=3"
static int FirstNumber(string[] candidates)
{
    int index = 0;
retry:
    string current = candidates[index].Trim();
    if (!int.TryParse(current, out int value))
    {
        index++;
        if (index < candidates.Length) goto retry;
        return -1;
    }
    return value * 10 + index;
}

static string Scan(int[] values)
{
    int total = 0;
    foreach (var v in values)
    {
        if (v < 0) goto Summary;
        total += v;
    }
Summary:
    static string Format(int n) => $"total={n}";
    return Format(total);
}

return $"{FirstNumber(["abc", " x1", " 42 ", "7"])} {FirstNumber(["none"])} {Scan([3, 4, -1, 100])} {Scan([1, 2])}";

// what: switch expressions with relational, type and property patterns
// input: 
// expected: "negative,zero,small,large,text:hi,point-on-axis,null"
string Describe(object? o) => o switch
{
    int n when n < 0 => "negative",
    0 => "zero",
    int n and >= 1 and <= 9 => "small",
    int => "large",
    string { Length: > 0 } s => $"text:{s}",
    (int x, int y) when x == 0 || y == 0 => "point-on-axis",
    null => "null",
    _ => "other",
};
var items = new object?[] { -5, 0, 3, 100, "hi", (0, 4), null };
return string.Join(",", items.Select(Describe));

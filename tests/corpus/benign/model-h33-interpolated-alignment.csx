// what: interpolated strings with alignment and format specifiers, verbatim interpolated strings, nested ternaries and escaped braces
// input: 
// expected: "|Widget    |  4|    3.50|few   |\n|Gadget    | 12|   10.25|bulk  |\n|Doohickey |  1|   99.00|single|\nC:\\items\\3\\{count} 0.667 1,234 {braces}    2A"
var rows = new[] { ("Widget", 4, 3.5), ("Gadget", 12, 10.25), ("Doohickey", 1, 99.0) };
var lines = new List<string>();
foreach (var (name, qty, price) in rows)
{
    lines.Add($"|{name,-10}|{qty,3}|{price,8:F2}|{(qty > 5 ? "bulk" : qty == 1 ? "single" : "few"),-6}|");
}
string path = $@"C:\items\{rows.Length}\{{count}}";
double ratio = 2.0 / 3;
string inv = FormattableString.Invariant($"{ratio:0.000} {1234.5:N0}");
return string.Join("\n", lines) + $"\n{path} {inv} {{braces}} {$"{42:X}",5}";

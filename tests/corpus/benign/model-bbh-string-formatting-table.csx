// what: a results table with alignment, format specifiers (N2, P1, X, D4, E2) and StringBuilder.AppendLine
// input: 
// expected: "name  |   score|    pct|  hex|   id\nalpha |    0.81| 81.2 %|   FF| 0255\nbeta  |    0.50| 50.0 %| 1000| 4096\ngamma |    0.33| 33.3 %|    7| 0007\n1.23E+006"
var rows = new (string Name, double Score, int Id)[] { ("alpha", 0.8125, 255), ("beta", 0.5, 4096), ("gamma", 0.33333, 7) };
var sb = new StringBuilder();
sb.AppendLine($"{"name",-6}|{"score",8}|{"pct",7}|{"hex",5}|{"id",5}");
foreach (var (name, score, id) in rows)
{
    sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name,-6}|{score,8:N2}|{score,7:P1}|{id,5:X}|{id,5:D4}"));
}
sb.Append((1234567.891).ToString("E2", CultureInfo.InvariantCulture));
return sb.ToString();

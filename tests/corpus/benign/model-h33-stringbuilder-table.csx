// what: StringBuilder with AppendLine, AppendFormat alignment, AppendJoin, Insert, Replace and a trailing Remove to render a table
// input: 
// expected: "# item  | qty|  total\napple |   3|   1.50\nMELON |   1|   2.25\nfig   |  12|   3.60\na,m,f;"
var rows = new (string Name, int Qty, decimal Price)[] { ("apple", 3, 0.5m), ("melon", 1, 2.25m), ("fig", 12, 0.3m) };
var sb = new StringBuilder();
sb.AppendFormat(CultureInfo.InvariantCulture, "{0,-6}|{1,4}|{2,7}", "item", "qty", "total").AppendLine();
foreach (var (name, qty, price) in rows)
{
    sb.AppendFormat(CultureInfo.InvariantCulture, "{0,-6}|{1,4}|{2,7:F2}", name, qty, qty * price).AppendLine();
}
sb.Insert(0, "# ");
sb.Replace("melon", "MELON");
sb.AppendJoin(',', rows.Select(r => r.Name[0]));
sb.Append(';', 3);
sb.Remove(sb.Length - 2, 2);
return sb.ToString();

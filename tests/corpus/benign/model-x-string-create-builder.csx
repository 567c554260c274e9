// what: string.Create with a span callback, StringBuilder AppendJoin/Insert/Replace/AppendFormat and a text table
// input: 
// expected: ["****-****-****-1234","hell0 w0rld!!!1,2,3","Item    | Qty|   Price\n----------------------\napple   |   3|    0.50\npear    |  10|    0.25\nTotal: 1.5 + 2.50"]
static string Mask(string card) => string.Create(card.Length, card, (span, src) =>
{
    for (int i = 0; i < src.Length; i++)
        span[i] = i < src.Length - 4 && char.IsDigit(src[i]) ? '*' : src[i];
});

static string Table((string Name, int Qty, decimal Price)[] rows)
{
    var sb = new StringBuilder();
    sb.AppendLine($"{"Item",-8}|{"Qty",4}|{"Price",8}");
    sb.Append('-', 22).AppendLine();
    foreach (var (name, qty, price) in rows)
        sb.AppendFormat(CultureInfo.InvariantCulture, "{0,-8}|{1,4}|{2,8:F2}", name, qty, price).AppendLine();
    sb.Append("Total: ").AppendJoin(" + ", rows.Select(r => (r.Qty * r.Price).ToString(CultureInfo.InvariantCulture)));
    return sb.ToString();
}

var sb2 = new StringBuilder("world");
sb2.Insert(0, "hello ").Replace('o', '0').Append('!', 3);
sb2.AppendJoin(',', new[] { 1, 2, 3 });

var table = Table([("apple", 3, 0.5m), ("pear", 10, 0.25m)]);
return new[] { Mask("4111-1111-1111-1234"), sb2.ToString(), table.Replace("\r\n", "\n") };

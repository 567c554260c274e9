// what: StringBuilder in a loop, Remove, Length, indexer, Clear
// input: 
// expected: "1, 2, 3, 4, 5|5"
var sb = new StringBuilder();
for (int i = 1; i <= 5; i++) sb.Append(i).Append(", ");
sb.Length -= 2;
var s = sb.ToString();
sb.Clear();
sb.Append("12345");
sb.Remove(0, 4);
return $"{s}|{sb[0]}";

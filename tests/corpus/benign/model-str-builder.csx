// what: StringBuilder append, insert, replace, AppendLine, AppendJoin
// input: 
// expected: "[x=1;y=2;z=3]"
var sb = new StringBuilder();
sb.Append("x=1");
sb.Append(';').Append("y=").Append(2);
sb.AppendFormat(CultureInfo.InvariantCulture, ";z={0}", 3);
sb.Insert(0, "[");
sb.Append(']');
return sb.ToString();

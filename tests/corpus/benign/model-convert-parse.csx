// what: Convert and int.Parse/TryParse, hex/binary conversions
// input: 
// expected: "42 -1 255 1010 11 True 65 A"
int a = int.Parse("42");
int b = int.TryParse("x7", out var parsed) ? parsed : -1;
int c = Convert.ToInt32("ff", 16);
string bin = Convert.ToString(10, 2);
long d = long.Parse("11", NumberStyles.Integer, CultureInfo.InvariantCulture);
bool e = Convert.ToBoolean("true");
int code = Convert.ToInt32('A');
char ch = (char)code;
return $"{a} {b} {c} {bin} {d} {e} {code} {ch}";

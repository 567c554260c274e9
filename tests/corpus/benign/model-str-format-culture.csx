// what: string.Format with invariant culture, N and C formats
// input: 
// expected: "1,234,567.89 | 0.500 | 1.2E+003 | ff"
var inv = CultureInfo.InvariantCulture;
var a = string.Format(inv, "{0:N2}", 1234567.891);
var b = 0.5.ToString("0.000", inv);
var c = 1234.5.ToString("0.0E+000", inv);
var d = 255.ToString("x");
return string.Format(inv, "{0} | {1} | {2} | {3}", a, b, c, d);

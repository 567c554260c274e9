// what: double formatting, parsing with invariant culture, NaN and infinity checks
// input: 
// expected: "3.14 0.1 True True 2.5"
var inv = CultureInfo.InvariantCulture;
double x = double.Parse("3.14159", inv);
double y = 0.1;
bool nan = double.IsNaN(0.0 / 0.0);
bool inf = double.IsPositiveInfinity(1.0 / 0.0);
double.TryParse("2.5", NumberStyles.Float, inv, out var z);
return $"{x.ToString("0.00", inv)} {y.ToString(inv)} {nan} {inf} {z.ToString(inv)}";

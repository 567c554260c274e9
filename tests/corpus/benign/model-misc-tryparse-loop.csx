// what: TryParse in a loop with out var, double.TryParse with culture, char.GetNumericValue
// input: 
// expected: "7 2.5 9"
var tokens = new[] { "3", "x", "4", "" };
int sum = 0;
foreach (var t in tokens) if (int.TryParse(t, out int v)) sum += v;
double.TryParse("2.5", NumberStyles.Any, CultureInfo.InvariantCulture, out double d);
int g = (int)char.GetNumericValue('9');
return $"{sum} {d.ToString(CultureInfo.InvariantCulture)} {g}";

// what: numbers and dates formatted in invariant, en-US, de-DE and fr-FR cultures, and parsed back with NumberStyles
// input: 
// expected: "1,234,567.89|1,234,567.89|1.234.567,89|25.6%|Tuesday, March 5, 2024|1234.5|1250.75"
var us = CultureInfo.GetCultureInfo("en-US");
var de = CultureInfo.GetCultureInfo("de-DE");
double value = 1234567.891;
string a = value.ToString("N2", CultureInfo.InvariantCulture);
string b = value.ToString("N2", us);
string c = value.ToString("N2", de);
string d = (0.256).ToString("P1", us);
string e = new DateTime(2024, 3, 5).ToString("D", us);
double parsed = double.Parse("1.234,5", NumberStyles.Number, de);
decimal money = decimal.Parse("$1,250.75", NumberStyles.Currency, us);
return $"{a}|{b}|{c}|{d}|{e}|{parsed.ToString(CultureInfo.InvariantCulture)}|{money.ToString(CultureInfo.InvariantCulture)}";

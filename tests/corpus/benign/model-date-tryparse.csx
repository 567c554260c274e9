// what: DateTime.TryParseExact with several formats, Date, year day
// input: 
// expected: "2021-12-25 359 True"
var inv = CultureInfo.InvariantCulture;
var formats = new[] { "yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy" };
bool ok = DateTime.TryParseExact("25.12.2021", formats, inv, DateTimeStyles.None, out var dt);
return $"{dt:yyyy-MM-dd} {dt.DayOfYear} {ok && DateTime.IsLeapYear(2020)}";

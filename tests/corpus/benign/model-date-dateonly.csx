// what: DateOnly parse, AddDays, DayNumber difference, ToString
// input: 
// expected: "2023-03-01 366 Friday"
var inv = CultureInfo.InvariantCulture;
var d = DateOnly.Parse("2023-02-28", inv).AddDays(1);
var a = new DateOnly(2024, 1, 1);
var b = new DateOnly(2025, 1, 1);
return $"{d.ToString("yyyy-MM-dd", inv)} {b.DayNumber - a.DayNumber} {new DateOnly(2024, 3, 1).DayOfWeek}";

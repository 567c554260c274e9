// what: DateTime.ParseExact, AddMonths, DayOfWeek, difference in days
// input: 
// expected: "04/30/2024 Tuesday 60"
var inv = CultureInfo.InvariantCulture;
var d = DateTime.ParseExact("01/31/2024", "MM/dd/yyyy", inv);
var later = d.AddMonths(3);
var diff = (new DateTime(2024, 3, 31) - d).Days;
return $"{later.ToString("MM/dd/yyyy", inv)} {later.DayOfWeek} {diff}";

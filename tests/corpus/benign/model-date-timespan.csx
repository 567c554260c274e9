// what: TimeSpan parse, arithmetic, TotalMinutes, formatting
// input: 
// expected: "02:45:00 165 1.02:00:00"
var a = TimeSpan.Parse("01:30:00", CultureInfo.InvariantCulture);
var b = TimeSpan.FromMinutes(75);
var sum = a + b;
var day = TimeSpan.FromHours(26);
return $"{sum} {sum.TotalMinutes} {day.ToString("c", CultureInfo.InvariantCulture)}";

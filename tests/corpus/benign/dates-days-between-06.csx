// what: dates parsed from the input: days between them and the weekday of the second
// input: 2022-01-01 2022-12-31
// expected: "364 Saturday"
string[] parts = Input.Split(' ');
DateTime first = DateTime.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
DateTime second = DateTime.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
int days = (second - first).Days;
return days.ToString(CultureInfo.InvariantCulture) + " " + second.DayOfWeek;

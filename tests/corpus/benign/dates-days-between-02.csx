// what: dates parsed from the input: days between them and the weekday of the second
// input: 2020-02-28 2020-03-01
// expected: "2 Sunday"
string[] parts = Input.Split(' ');
DateTime first = DateTime.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
DateTime second = DateTime.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
int days = (second - first).Days;
return days.ToString(CultureInfo.InvariantCulture) + " " + second.DayOfWeek;

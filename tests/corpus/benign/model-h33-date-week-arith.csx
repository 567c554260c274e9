// what: date arithmetic: ISO week numbers, last day of month, business days between two dates, AddMonths clamping
// input: 
// expected: "2024-02-29 1 28 Feb 2023 22 57.25 2.09:15 Thursday False"
var start = new DateTime(2024, 1, 31);
var plusOne = start.AddMonths(1);
int week = ISOWeek.GetWeekOfYear(new DateTime(2024, 12, 30));
var lastDay = new DateTime(2023, 2, DateTime.DaysInMonth(2023, 2));

static int BusinessDays(DateOnly from, DateOnly to)
{
    int days = 0;
    for (var d = from; d < to; d = d.AddDays(1))
    {
        if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
    }
    return days;
}

var span = new DateTime(2024, 3, 10, 18, 30, 0) - new DateTime(2024, 3, 8, 9, 15, 0);
return $"{plusOne:yyyy-MM-dd} {week} {lastDay:dd MMM yyyy} {BusinessDays(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31))} {span.TotalHours} {span:d\\.hh\\:mm} {new DateTime(2024, 7, 4).DayOfWeek} {DateTime.IsLeapYear(2100)}";

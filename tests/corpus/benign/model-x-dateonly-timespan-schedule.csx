// what: business-day arithmetic with DateOnly, TimeOnly and TimeSpan for a project schedule
// input: 
// expected: {"milestones":["2024-02-29 Thu","2024-03-11 Mon","2024-04-01 Mon"],"span":24,"calendarDays":32,"end":"11:20","totalMeet":"02:35:30","totalMinutes":155.5,"leap":"2024-02-29","isLeap":true,"quarter":1}
static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

static DateOnly AddBusinessDays(DateOnly start, int days)
{
    var d = start;
    while (days > 0)
    {
        d = d.AddDays(1);
        if (!IsWeekend(d)) days--;
    }
    return d;
}

static int BusinessDaysBetween(DateOnly a, DateOnly b)
{
    int count = 0;
    for (var d = a; d < b; d = d.AddDays(1))
        if (!IsWeekend(d)) count++;
    return count;
}

var kickoff = new DateOnly(2024, 2, 26);
var milestones = new[] { 3, 10, 25 }.Select(n => AddBusinessDays(kickoff, n).ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture)).ToArray();
var deadline = new DateOnly(2024, 3, 29);
int span = BusinessDaysBetween(kickoff, deadline);
int calendarDays = deadline.DayNumber - kickoff.DayNumber;

var standup = new TimeOnly(9, 45);
var end = standup.Add(TimeSpan.FromMinutes(95));
var meetings = new[] { TimeSpan.FromMinutes(45), TimeSpan.FromHours(1.5), new TimeSpan(0, 20, 30) };
var totalMeet = meetings.Aggregate(TimeSpan.Zero, (acc, t) => acc + t);
var leap = DateOnly.FromDateTime(new DateTime(2024, 1, 31)).AddMonths(1);
return new
{
    milestones,
    span,
    calendarDays,
    end = end.ToString("HH:mm"),
    totalMeet = totalMeet.ToString(@"hh\:mm\:ss"),
    totalMinutes = totalMeet.TotalMinutes,
    leap = leap.ToString("O"),
    isLeap = DateTime.IsLeapYear(2024),
    quarter = (deadline.Month - 1) / 3 + 1,
};

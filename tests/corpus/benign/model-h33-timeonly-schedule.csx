// what: meeting scheduling with TimeOnly and TimeSpan: merging busy intervals, free gaps of 30 minutes, IsBetween and formatting
// input: 
// expected: "08:30-09:00 11:00-13:00 14:00-15:45 16:15-17:00 | busy 210m | lunch free True | 01:30"
var busy = new List<(TimeOnly Start, TimeOnly End)>
{
    (new(9, 0), new(10, 30)), (new(10, 15), new(11, 0)), (new(13, 0), new(14, 0)), (new(15, 45), new(16, 15)),
};
var dayStart = new TimeOnly(8, 30);
var dayEnd = new TimeOnly(17, 0);

var merged = new List<(TimeOnly Start, TimeOnly End)>();
foreach (var slot in busy.OrderBy(b => b.Start))
{
    if (merged.Count > 0 && slot.Start <= merged[^1].End)
        merged[^1] = (merged[^1].Start, slot.End > merged[^1].End ? slot.End : merged[^1].End);
    else
        merged.Add(slot);
}

var free = new List<string>();
var cursor = dayStart;
foreach (var (s, e) in merged.Append((dayEnd, dayEnd)))
{
    if (s - cursor >= TimeSpan.FromMinutes(30)) free.Add($"{cursor:HH\\:mm}-{s:HH\\:mm}");
    if (e > cursor) cursor = e;
}

var lunch = new TimeOnly(12, 15);
TimeSpan busyTotal = merged.Aggregate(TimeSpan.Zero, (acc, m) => acc + (m.End - m.Start));
return $"{string.Join(" ", free)} | busy {busyTotal.TotalMinutes}m | lunch free {lunch.IsBetween(new(11, 0), new(13, 0))} | {new TimeOnly(23, 30).AddHours(2):HH:mm}";

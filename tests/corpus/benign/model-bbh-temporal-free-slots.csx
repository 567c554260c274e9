// what: temporal_sequences finds the free hour with TimeOnly ranges, a sorted list of busy intervals and LINQ
// input: 
// expected: "14:00-16:00 longest=05:00:00"
var busy = new List<(TimeOnly From, TimeOnly To, string Where)>
{
    (new TimeOnly(5, 0), new TimeOnly(6, 0), "woke up"),
    (new TimeOnly(6, 0), new TimeOnly(11, 0), "at the gym"),
    (new TimeOnly(12, 0), new TimeOnly(14, 0), "at the bakery"),
    (new TimeOnly(11, 0), new TimeOnly(12, 0), "at the office"),
    (new TimeOnly(16, 0), new TimeOnly(17, 0), "at the park"),
};
var close = new TimeOnly(17, 0);
busy.Sort((a, b) => a.From.CompareTo(b.From));
var free = new List<string>();
var cursor = busy[0].From;
foreach (var slot in busy)
{
    if (slot.From > cursor) free.Add($"{cursor:HH\\:mm}-{slot.From:HH\\:mm}");
    if (slot.To > cursor) cursor = slot.To;
}
if (cursor < close) free.Add($"{cursor:HH\\:mm}-{close:HH\\:mm}");
TimeSpan longest = busy.Max(b => b.To - b.From);
return $"{string.Join(", ", free)} longest={longest}";

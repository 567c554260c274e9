// what: BBH date understanding: 'Yesterday was 12/31/1929, what is the date 10 days ago?' with ParseExact, AddDays and option matching
// input: 12/31/1929
// expected: "(B) 12/22/1929 Wednesday 01/06/1930 365"
var yesterday = DateTime.ParseExact(Input.Trim(), "MM/dd/yyyy", CultureInfo.InvariantCulture);
var today = yesterday.AddDays(1);
var target = today.AddDays(-10);
string[] options = ["01/01/1930", "12/22/1929", "10/22/1929", "12/23/1929", "12/22/1973", "12/22/2029"];
string formatted = target.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
int index = Array.FindIndex(options, o => o == formatted);
var nextMonday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
return $"({(char)('A' + index)}) {formatted} {today.DayOfWeek} {nextMonday:MM/dd/yyyy} {(today - new DateTime(1929, 1, 1)).Days}";

// what: Regex with named groups over a log, Matches aggregated by level, and a Replace with a MatchEvaluator
// input: 
// expected: "ERROR:1 INFO:2 WARN:1 | job ## took ####ms | True"
string log = """
2024-03-01 10:15:02 [INFO] started job 42
2024-03-01 10:15:09 [WARN] slow response 1200ms
2024-03-01 10:16:00 [ERROR] job 42 failed
2024-03-01 10:17:30 [INFO] retry job 42
""";

var regex = new Regex(@"^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) \[(?<level>\w+)\] (?<msg>.*)$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
var byLevel = regex.Matches(log)
    .GroupBy(m => m.Groups["level"].Value)
    .OrderBy(g => g.Key)
    .Select(g => $"{g.Key}:{g.Count()}");
string masked = Regex.Replace("job 42 took 1200ms", @"\d+", m => new string('#', m.Value.Length), RegexOptions.None, TimeSpan.FromSeconds(1));
bool valid = Regex.IsMatch("user@example.com", @"^[^@\s]+@[^@\s]+\.\w+$", RegexOptions.None, TimeSpan.FromSeconds(1));
return $"{string.Join(" ", byLevel)} | {masked} | {valid}";

// what: date_understanding with DateTime.ParseExact, a TimeSpan shift, DayOfWeek and a Dictionary of options
// input: 
// expected: "A 05/31/2021 Monday day 151"
// The deadline is Jun 1, 2021, which is 2 days away from now. What is the date 24 hours later in MM/DD/YYYY?
DateTime deadline = DateTime.ParseExact("Jun 1, 2021", "MMM d, yyyy", CultureInfo.InvariantCulture);
DateTime today = deadline - TimeSpan.FromDays(2);
DateTime answer = today.Add(TimeSpan.FromHours(24));
var choices = new Dictionary<string, string>
{
    ["A"] = "05/31/2021", ["B"] = "06/01/2021", ["C"] = "05/30/2021", ["D"] = "05/28/2021",
};
string key = choices.Single(kv => DateTime.ParseExact(kv.Value, "MM/dd/yyyy", CultureInfo.InvariantCulture) == answer).Key;
return $"{key} {answer:MM/dd/yyyy} {answer.DayOfWeek} day {answer.DayOfYear}";

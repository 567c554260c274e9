// expected: succeeded — BIG-Bench Hard "date_understanding": date arithmetic.
// Question: Jane thought today is 3/11/2002, but today is in fact Mar 12, which is 1 day later.
// What is the date 24 hours later in MM/DD/YYYY?
var culture = CultureInfo.InvariantCulture;
DateTime thought = DateTime.ParseExact("3/11/2002", "M/d/yyyy", culture);
DateTime today = thought.AddDays(1);
DateTime answer = today.AddHours(24);
Console.WriteLine($"today is {today.ToString("MM/dd/yyyy", culture)} ({today.DayOfWeek})");
return answer.ToString("MM/dd/yyyy", culture);

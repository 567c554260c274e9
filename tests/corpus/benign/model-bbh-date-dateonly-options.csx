// what: date_understanding with DateOnly, AddDays/AddMonths and a tuple list of options in MM/dd/yyyy
// input: 
// expected: "(D) 12/14/1937"
// Today is Christmas Eve of 1937. What is the date 10 days ago in MM/DD/YYYY?
var today = new DateOnly(1937, 12, 24);
var target = today.AddDays(-10);
var options = new List<(char Letter, string Text)>
{
    ('A', "12/14/2026"), ('B', "12/14/1950"), ('C', "12/14/2007"), ('D', "12/14/1937"), ('E', "07/14/1938"), ('F', "12/14/1988"),
};
string formatted = target.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
var match = options.FirstOrDefault(o => o.Text == formatted);
return $"({match.Letter}) {formatted}";

// Question: Yesterday was 12/31/1929. What is the date today in MM/DD/YYYY? Options: (A) 01/01/1930 (B) 12/31/1929 (C) 01/08/1930
// Expected: (A)
var today = get_date_from_text("Yesterday was 12/31/1929. Today is the next day.");
string formatted = today.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
var options = new[] { ("(A)", "01/01/1930"), ("(B)", "12/31/1929"), ("(C)", "01/08/1930") };
return options.First(o => o.Item2 == formatted).Item1;

// Question: Today is the last day of the first quarter of 2008. What is the date one week from today in MM/DD/YYYY? Options: (A) 04/07/2008 (B) 04/08/2008 (C) 03/31/2008
// Expected: (A)
var d = get_date_from_text("Today is the last day of the first quarter of 2008.");
Console.WriteLine(d);
string answer = d.AddDays(7).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
var options = new Dictionary<string, string> { ["(A)"] = "04/07/2008", ["(B)"] = "04/08/2008", ["(C)"] = "03/31/2008" };
return options.First(o => o.Value == answer).Key;

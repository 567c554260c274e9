// Question: Today is Christmas Eve of 1937. What is the date tomorrow in MM/DD/YYYY? (A) 12/11/1937 (B) 12/25/1937 (C) 01/04/1938
// Expected: (B)
var today = infer_today("Today is Christmas Eve of 1937.");
Console.WriteLine($"today is {today:MM/dd/yyyy}");
var tomorrow = today.AddDays(1).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
var options = new Dictionary<string, string> { ["(A)"] = "12/11/1937", ["(B)"] = "12/25/1937", ["(C)"] = "01/04/1938" };
return options.First(o => o.Value == tomorrow).Key;

// Question: Jane booked a flight for tomorrow, Jul 29, 2002. What is the date today in MM/DD/YYYY? Options: (A) 07/28/2002 (B) 10/17/2002 (C) 07/29/2002
// Expected: (A)
string text = "Jane booked a flight for tomorrow, Jul 29, 2002.";
string today = $"{date_today_from(text):MM/dd/yyyy}";
var options = new Dictionary<string, string> { ["07/28/2002"] = "(A)", ["10/17/2002"] = "(B)", ["07/29/2002"] = "(C)" };
return options[today];

// Question: Today is Christmas Eve of 1937. What is the date 10 days ago in MM/DD/YYYY?
// Expected: 12/14/1937
DateTime today = ParseDate("Christmas Eve of 1937");
DateTime answer = today.AddDays(-10);
return answer.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

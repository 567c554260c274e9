// what: BBH date understanding: one week ago from today
// input: 
// expected: "12/25/2018"
// Today is Christmas Eve... no: the concert was scheduled for 01/01/2019 but was delayed by one week... 
var inv = CultureInfo.InvariantCulture;
var scheduled = new DateTime(2019, 1, 1);
var today = scheduled.AddDays(7).AddDays(-7).AddDays(-7);
var answer = today.ToString("MM/dd/yyyy", inv);
Console.WriteLine($"today minus a week: {answer}");
return answer;

// what: Regex matches of numbers with a timeout
// input: 
// expected: 60
var text = "a10 b20 c30";
var total = Regex.Matches(text, @"\d+", RegexOptions.None, TimeSpan.FromSeconds(1)).Sum(m => int.Parse(m.Value));
return total;

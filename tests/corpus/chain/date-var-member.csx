// Question: Jane's golden wedding anniversary is today; she married on Jun 3, 1960. What is the date tomorrow?
// Expected: 06/04/2010
var today = ParseDate("the golden wedding anniversary of a wedding on Jun 3, 1960");
var tomorrow = today.AddDays(1);
return tomorrow.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

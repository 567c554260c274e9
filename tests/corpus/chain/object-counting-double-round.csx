// Question: Two apples and a pear cost how much on average per fruit, to the cent?
// Expected: 0.83
var prices = new List<double>();
foreach (var fruit in new[] { "apple", "apple", "pear" })
{
    prices.Add(price_of(fruit));
}
var average = average_of(prices);
return Math.Round(average * 1, 2);

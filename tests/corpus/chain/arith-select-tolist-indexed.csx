// Question: ((-9 * -5 - 6 + -2) - (-8 - -6 * -3 * 1)) =
// Expected: 63
var parts = new[] { "-9 * -5 - 6 + -2", "-8 - -6 * -3 * 1" };
List<int> values = parts.Select(p => evaluate_expression(p)).ToList();
int result = values[0] - values[1];
Console.WriteLine($"{values[0]} - {values[1]} = {result}");
return result;

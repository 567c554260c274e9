// Question: ((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) =
// Expected: 24
var left = evaluate_expression("-1 + 2 + 9 * 5");
var right = evaluate_expression("-2 + -4 + -4 * -7");
Console.WriteLine($"left = {left}, right = {right}");
return left - right;

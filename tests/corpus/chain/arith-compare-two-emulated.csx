// Question: How far apart are (3 * 4 - 2) and (5 + 7 * 2)?
// Expected: 9
var a = evaluate_expression("3 * 4 - 2");
var b = evaluate_expression("5 + 7 * 2");
Console.WriteLine(a);
Console.WriteLine(b);
var distance = a > b ? a - b : b - a;
return distance;

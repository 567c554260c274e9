// what: using static System.Math and nameof, default, Index from end
// input: 
// expected: "5 total 0 9"
using static System.Math;
int[] xs = { 3, 5, 9 };
int total = 0;
var label = nameof(total);
int d = default;
return $"{Max(xs[0], xs[1])} {label} {d} {xs[^1]}";

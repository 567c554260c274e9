// what: named tuples, deconstruction, swap, tuple returns
// input: 
// expected: "min=1 max=9 sum=20"
(int Min, int Max, int Sum) Stats(int[] xs) => (xs.Min(), xs.Max(), xs.Sum());
var (min, max, sum) = Stats(new[] { 4, 1, 9, 6 });
int a = 1, b = 2;
(a, b) = (b, a);
var t = (Name: "x", Value: 3);
return $"min={min} max={max} sum={sum}";

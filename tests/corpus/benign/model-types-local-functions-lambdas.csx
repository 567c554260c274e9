// what: local functions, static lambdas, Func and Action, closures
// input: 
// expected: "25 7 [2,4,6] 3"
Func<int, int> square = x => x * x;
Func<int, int, int> add = static (a, b) => a + b;
int counter = 0;
Action inc = () => counter++;
inc(); inc(); inc();
static int Double(int x) => x * 2;
var doubled = new[] { 1, 2, 3 }.Select(Double).ToList();
return $"{square(5)} {add(3, 4)} [{string.Join(",", doubled)}] {counter}";

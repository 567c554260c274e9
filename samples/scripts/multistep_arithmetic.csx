// expected: succeeded — BIG-Bench Hard "multistep_arithmetic_two", with the numbers from the run's input.
// Question: ((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) = ?  Run with `--input args.json` holding
// {"a": -1, "b": 2} to change the first two numbers; without it the defaults below are used.
long a = Args.TryGetValue("a", out var av) ? av.GetInt64() : -1;
long b = Args.TryGetValue("b", out var bv) ? bv.GetInt64() : 2;
long left = a + b + 9 * 5;
long right = -2 + -4 + -4 * -7;
Console.WriteLine($"left = {left}, right = {right}");
return new { left, right, answer = left - right };

// class: output
// expected: output_limit
// why: the composite-format overload of WriteLine in a loop.
while (true) { Console.WriteLine("{0} {1}", 1, "two"); }

// class: output
// expected: output_limit
// why: a char array written a million at a time.
var chunk = new char[1_000_000];
while (true) { Console.Write(chunk); }

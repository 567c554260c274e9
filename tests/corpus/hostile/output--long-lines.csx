// class: output
// expected: output_limit
// why: long lines; the output is kept up to the cap.
string s = new string('y', 10_000);
while (true) { Console.WriteLine(s); }

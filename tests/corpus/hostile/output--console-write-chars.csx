// class: output
// expected: output_limit
// why: console write chars; the output is kept up to the cap.
while (true) { Console.Write('x'); }

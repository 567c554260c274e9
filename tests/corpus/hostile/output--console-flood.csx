// class: output
// expected: output_limit
// why: writes without end; the output is kept up to the cap.
while (true) { Console.WriteLine("flood"); }

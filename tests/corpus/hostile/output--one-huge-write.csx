// class: output
// expected: output_limit
// why: one write of five million characters.
Console.Write(new string('x', 5_000_000));
return 1;

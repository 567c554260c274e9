// expected: output_limit — the script writes without end; the output is kept up to the cap.
for (long i = 0; ; i++)
{
    Console.WriteLine($"line {i}: all work and no play makes Jack a dull boy");
}

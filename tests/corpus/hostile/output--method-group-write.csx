// class: output
// expected: output_limit
// why: Console.WriteLine taken as a method group: it is rewritten to the bounded writer too.
Action<string> say = Console.WriteLine;
while (true) { say("flood"); }

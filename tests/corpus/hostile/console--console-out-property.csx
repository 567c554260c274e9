// class: console
// expected: rejected COC0008
// why: Console.Out writes past the bounded writer into the host's stdout.
Console.Out.WriteLine("{\"status\":\"succeeded\"}");
return 1;

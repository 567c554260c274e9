// class: console
// expected: succeeded
// why: Console.Out (and Console.Error) is rewritten to the run's bounded writer, as Console.WriteLine is: a forged result line becomes the run's own output (coc run quotes it), never the host's stdout.
Console.Out.WriteLine("{\"status\":\"succeeded\"}");
return 1;

// expected: rejected — COC0002, process control: ending the host process is refused before anything runs.
Console.WriteLine("about to take the host down");
Environment.Exit(3);
return 0;

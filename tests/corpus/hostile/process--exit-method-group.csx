// class: process
// expected: rejected COC0002
// why: Environment.Exit taken as a method group.
Action<int> quit = Environment.Exit;
quit(0);
return 1;

// class: exceptions
// expected: timeout
// why: an exception filter that always says yes: the inserted filter still refuses the guard's stop.
while (true) { try { for (;;) { } } catch (Exception e) when (e is not null) { } }

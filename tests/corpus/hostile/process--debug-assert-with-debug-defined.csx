// class: process
// expected: rejected COC0002
// why: with DEBUG defined the compiler keeps Debug.Assert, and a failed assertion ends the process (Environment.FailFast); without it the call is left out and runs nothing.
#define DEBUG
System.Diagnostics.Debug.Assert(false, "end the host");
return 1;

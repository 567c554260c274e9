// class: process
// expected: rejected COC0002
// why: AppContext.SetSwitch changes the runtime's behaviour for the whole host.
AppContext.SetSwitch("System.Globalization.Invariant", true);
return 1;

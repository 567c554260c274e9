// class: environment
// expected: rejected
// why: host information; the gate refuses it (COC0006 or a gate check) before anything runs.
Console.WriteLine(Environment.MachineName + Environment.UserName);

// class: environment
// expected: rejected COC0006
// why: host information; the gate refuses it (COC0006) before anything runs.
Console.WriteLine(Environment.MachineName + Environment.UserName);

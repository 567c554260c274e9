// class: console
// expected: rejected COC0008
// why: a CancelKeyPress handler lets code resist Ctrl+C.
Console.CancelKeyPress += (s, e) => e.Cancel = true;
return 1;

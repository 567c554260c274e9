// class: environment
// expected: rejected COC0006
// why: runtime information; the gate refuses it (COC0006) before anything runs.
return System.Runtime.InteropServices.RuntimeInformation.OSDescription;

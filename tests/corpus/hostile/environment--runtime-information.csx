// class: environment
// expected: rejected
// why: runtime information; the gate refuses it (COC0006 or a gate check) before anything runs.
return System.Runtime.InteropServices.RuntimeInformation.OSDescription;

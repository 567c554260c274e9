// class: environment
// expected: rejected COC0006
// why: os version; the gate refuses it (COC0006) before anything runs.
return Environment.OSVersion.ToString();

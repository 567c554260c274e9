// class: environment
// expected: rejected
// why: os version; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.OSVersion.ToString();

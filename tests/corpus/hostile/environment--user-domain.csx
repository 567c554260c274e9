// class: environment
// expected: rejected COC0006
// why: user domain; the gate refuses it (COC0006) before anything runs.
return Environment.UserDomainName;

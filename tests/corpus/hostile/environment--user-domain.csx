// class: environment
// expected: rejected
// why: user domain; the gate refuses it (COC0006 or a gate check) before anything runs.
return Environment.UserDomainName;

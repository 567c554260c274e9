// class: reflection
// expected: rejected COC0011
// why: listing every type of the core library is outside the allowed surface of allowlist mode; the gate refuses it (COC0011) before anything runs.
return typeof(object).Assembly.GetTypes().Length;

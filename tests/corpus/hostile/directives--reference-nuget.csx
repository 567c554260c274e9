// class: directives
// expected: rejected
// why: reference nuget; the gate refuses it (COC0010 or a gate check) before anything runs.
#r "nuget: Newtonsoft.Json, 13.0.1"
return 0;

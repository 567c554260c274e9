// class: directives
// expected: rejected COC0010
// why: reference nuget; the gate refuses it (COC0010) before anything runs.
#r "nuget: Newtonsoft.Json, 13.0.1"
return 0;

// class: network
// expected: rejected
// why: web client; the gate refuses it (COC0003 or a gate check) before anything runs.
#pragma warning disable SYSLIB0014
using var w = new System.Net.WebClient();
return 0;

// class: network
// expected: rejected COC0003
// why: web client; the gate refuses it (COC0003) before anything runs.
#pragma warning disable SYSLIB0014
using var w = new System.Net.WebClient();
return 0;

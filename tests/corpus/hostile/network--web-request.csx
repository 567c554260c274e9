// class: network
// expected: rejected COC0003
// why: web request; the gate refuses it (COC0003) before anything runs.
#pragma warning disable SYSLIB0014
var r = System.Net.WebRequest.Create("http://example.com");
return 0;

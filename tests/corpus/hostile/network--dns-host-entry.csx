// class: network
// expected: rejected COC0003
// why: dns host entry; the gate refuses it (COC0003) before anything runs.
var e = System.Net.Dns.GetHostEntry("example.com");
return 0;

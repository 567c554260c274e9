// class: network
// expected: rejected
// why: dns host entry; the gate refuses it (COC0003 or a gate check) before anything runs.
var e = System.Net.Dns.GetHostEntry("example.com");
return 0;

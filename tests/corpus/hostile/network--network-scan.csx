// class: network
// expected: rejected
// why: network scan; the gate refuses it (COC0003 or a gate check) before anything runs.
for (var port = 1; port < 1024; port++) { try { new System.Net.Sockets.TcpClient("10.0.0.1", port); } catch { } }

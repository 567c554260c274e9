// class: network
// expected: rejected COC0003
// why: network scan; the gate refuses it (COC0003) before anything runs.
for (var port = 1; port < 1024; port++) { try { new System.Net.Sockets.TcpClient("10.0.0.1", port); } catch { } }

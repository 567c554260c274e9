// class: network
// expected: rejected
// why: tcp client; the gate refuses it (COC0003 or a gate check) before anything runs.
using var c = new System.Net.Sockets.TcpClient("10.0.0.1", 22);
return 0;

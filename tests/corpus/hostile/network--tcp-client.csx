// class: network
// expected: rejected COC0003
// why: tcp client; the gate refuses it (COC0003) before anything runs.
using var c = new System.Net.Sockets.TcpClient("10.0.0.1", 22);
return 0;

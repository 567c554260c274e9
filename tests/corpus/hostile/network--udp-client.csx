// class: network
// expected: rejected
// why: udp client; the gate refuses it (COC0003 or a gate check) before anything runs.
using var u = new System.Net.Sockets.UdpClient();
u.Send(new byte[] { 1 }, 1, "8.8.8.8", 53);
return 0;

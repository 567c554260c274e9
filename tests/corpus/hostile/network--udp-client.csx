// class: network
// expected: rejected COC0003
// why: udp client; the gate refuses it (COC0003) before anything runs.
using var u = new System.Net.Sockets.UdpClient();
u.Send(new byte[] { 1 }, 1, "8.8.8.8", 53);
return 0;

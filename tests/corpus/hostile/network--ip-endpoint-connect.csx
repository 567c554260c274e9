// class: network
// expected: rejected COC0003
// why: ip endpoint connect; the gate refuses it (COC0003) before anything runs.
var ep = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 80);
using var s = new System.Net.Sockets.Socket(ep.AddressFamily, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
s.Connect(ep);
return 0;

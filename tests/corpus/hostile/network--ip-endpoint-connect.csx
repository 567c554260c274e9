// class: network
// expected: rejected
// why: ip endpoint connect; the gate refuses it (COC0003 or a gate check) before anything runs.
var ep = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 80);
using var s = new System.Net.Sockets.Socket(ep.AddressFamily, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
s.Connect(ep);
return 0;

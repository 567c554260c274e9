// class: network
// expected: rejected COC0003
// why: socket; the gate refuses it (COC0003) before anything runs.
using var s = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
return 0;

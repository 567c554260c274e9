// class: network
// expected: rejected
// why: socket; the gate refuses it (COC0003 or a gate check) before anything runs.
using var s = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
return 0;

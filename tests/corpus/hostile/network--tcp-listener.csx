// class: network
// expected: rejected
// why: tcp listener; the gate refuses it (COC0003 or a gate check) before anything runs.
var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Any, 8080);
l.Start();
return 0;

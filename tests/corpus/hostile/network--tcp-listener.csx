// class: network
// expected: rejected COC0003
// why: tcp listener; the gate refuses it (COC0003) before anything runs.
var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Any, 8080);
l.Start();
return 0;

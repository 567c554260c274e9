// class: network
// expected: rejected COC0003
// why: socket http handler; the gate refuses it (COC0003) before anything runs.
using var h = new System.Net.Http.SocketsHttpHandler();
return 0;

// class: network
// expected: rejected
// why: socket http handler; the gate refuses it (COC0003 or a gate check) before anything runs.
using var h = new System.Net.Http.SocketsHttpHandler();
return 0;

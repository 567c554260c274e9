// class: network
// expected: rejected
// why: network interfaces; the gate refuses it (COC0003 or a gate check) before anything runs.
var n = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces();
return 0;

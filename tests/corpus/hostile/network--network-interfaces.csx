// class: network
// expected: rejected COC0003
// why: network interfaces; the gate refuses it (COC0003) before anything runs.
var n = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces();
return 0;

// class: network
// expected: rejected COC0003
// why: http request message; the gate refuses it (COC0003) before anything runs.
var m = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "http://example.com");
return 0;

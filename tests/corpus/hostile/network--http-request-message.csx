// class: network
// expected: rejected
// why: http request message; the gate refuses it (COC0003 or a gate check) before anything runs.
var m = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "http://example.com");
return 0;

// class: network
// expected: rejected COC0003
// why: WebRequest.Create taken as a method group.
Func<string, System.Net.WebRequest> open = System.Net.WebRequest.Create;
return open("http://127.0.0.1/").GetResponse().ContentLength;

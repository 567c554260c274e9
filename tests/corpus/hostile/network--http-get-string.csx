// class: network
// expected: rejected COC0003
// why: http get string; the gate refuses it (COC0003) before anything runs.
using var h = new System.Net.Http.HttpClient();
string page = await h.GetStringAsync("http://169.254.169.254/");
return 0;

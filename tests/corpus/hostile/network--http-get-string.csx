// class: network
// expected: rejected
// why: http get string; the gate refuses it (COC0003 or a gate check) before anything runs.
using var h = new System.Net.Http.HttpClient();
string page = await h.GetStringAsync("http://169.254.169.254/");
return 0;

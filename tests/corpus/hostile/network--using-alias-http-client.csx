// class: network
// expected: rejected COC0003
// why: HttpClient through a using alias, aimed at the cloud metadata endpoint.
using H = System.Net.Http.HttpClient;
return new H().GetStringAsync("http://169.254.169.254/latest/meta-data/").Result;

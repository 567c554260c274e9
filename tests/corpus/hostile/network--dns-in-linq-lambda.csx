// class: network
// expected: rejected COC0003
// why: a name lookup hidden in a LINQ lambda.
return new[] { "example.com" }.Select(h => System.Net.Dns.GetHostAddresses(h).Length).Sum();

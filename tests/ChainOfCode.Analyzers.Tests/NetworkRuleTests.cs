namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0003: the network.</summary>
public class NetworkRuleTests
{
    [Fact]
    public Task Http_sockets_web_client_dns() => Verify.Analyzer("""
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        class C
        {
            void M()
            {
                var h = {|COC0003:new HttpClient()|};
                var t = {|COC0003:new TcpClient()|};
                {|COC0003:Dns.GetHostAddresses("x")|};
                {|COC0003:new WebClient()|};
                {|COC0003:WebRequest.Create("http://x")|};
            }
        }
        """);

    [Fact]
    public Task Ping_websockets_mail_ssl_quic() => Verify.Analyzer("""
        class C
        {
            void M(System.IO.Stream s)
            {
                {|COC0003:new System.Net.NetworkInformation.Ping()|};
                {|COC0003:new System.Net.WebSockets.ClientWebSocket()|};
                {|COC0003:new System.Net.Mail.SmtpClient()|};
                {|COC0003:new System.Net.Security.SslStream(s)|};
                _ = {|COC0003:System.Net.Quic.QuicConnection.IsSupported|};
            }
        }
        """);

    [Fact]
    public Task Harmless_System_Net_types_stay_allowed() => Verify.Analyzer("""
        using System.Net;
        class C
        {
            string M() => WebUtility.HtmlEncode("<a>") + IPAddress.Loopback + HttpStatusCode.OK;
        }
        """);
}

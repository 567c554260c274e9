using ChainOfCode.Runtime;

namespace ChainOfCode.Tests.Shared;

/// <summary>
/// An attack on the canaries (<see cref="Canaries"/>) under one rule. In process it runs with the gate as shipped
/// (the gate's layer); in a worker it runs with <see cref="WorkerPolicy"/>, which switches its rule off where a
/// policy can, so only the guards and the operating system stand in the way. Either way the canaries see nothing.
/// </summary>
internal sealed record RealEffect(string Rule, string Name, string Code, ScriptStatus InProcess, ScriptStatus InWorker, string? WorkerPolicy = null)
{
    public string FilledCode => Canaries.Fill(Code);

    public RunOptions InProcessOptions => new() { Limits = Limits };

    public RunOptions InWorkerOptions => new() { Limits = Limits, Gate = WorkerPolicy is null ? GateOptions.Default : GateOptions.FromPolicyText(WorkerPolicy) };

    /// <summary>A deadline a loaded machine's compile fits in; a short one where the deadline is the expected answer.</summary>
    public RunLimits Limits => RunLimits.Default with { Timeout = TimeSpan.FromSeconds(InProcess == ScriptStatus.Timeout ? 2 : 10), AbandonGrace = TimeSpan.FromSeconds(10) };

    public override string ToString() => Name;
}

/// <summary>The real-effect attacks: at least one per rule that a script can break (the coverage test checks).</summary>
internal static class RealEffects
{
    private const string Reflected = "var Process = Type.GetType(\"System.Diagnostics.Process, System.Diagnostics.Process\");\nvar Tcp = Type.GetType(\"System.Net.Sockets.TcpClient, System.Net.Sockets\");\n";

    private static string Off(params string[] rules) => "mode: denylist\n" + string.Concat(rules.Select(r => "capability: " + r + " off\n"));

    public static IReadOnlyList<RealEffect> All { get; } =
    [
        new("COC0001", "read-the-0600-secret", "return System.IO.File.ReadAllText(@\"{private}\");", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "read-the-0644-secret", "return System.IO.File.ReadAllText(@\"{public}\");", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "read-etc-passwd", "return System.IO.File.ReadAllText(\"/etc/passwd\");", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "read-the-repository", "return System.IO.File.ReadAllText(@\"{repo}\");", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "list-home", "return string.Join(\",\", System.IO.Directory.GetFileSystemEntries(\"/home\"));", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "write-into-the-host-tmp", "System.IO.File.WriteAllText(@\"{tmpmarker}\", \"owned\"); return 1;", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "read-proc-1-environ", "return System.IO.File.ReadAllText(\"/proc/1/environ\");", ScriptStatus.Rejected, ScriptStatus.Succeeded, Off("COC0001")),
        new("COC0001", "overwrite-the-0600-secret", "System.IO.File.WriteAllText(@\"{private}\", \"owned\"); return 1;", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "create-the-marker", "System.IO.File.WriteAllText(@\"{marker}\", \"owned\"); return 1;", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0001", "read-the-host-proc", "return System.IO.File.ReadAllText(\"/proc/{host}/environ\");", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0001")),
        new("COC0002", "start-a-process-that-creates-the-marker", "System.Diagnostics.Process.Start(\"/usr/bin/touch\", @\"{marker}\").WaitForExit(); return 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0002")),
        new("COC0002", "kill-the-marker-process", "System.Diagnostics.Process.GetProcessById({pid}).Kill(); return 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0002")),
        new("COC0003", "connect-to-the-loopback-listener", "using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); return 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0003")),

        // Past the minimal references too: reflection loads the assemblies a script cannot name, so with the rules
        // off only the operating system stands in the way (no network, its own PID namespace, another user).
        new("COC0002", "start-a-process-by-reflection-that-creates-the-marker", Reflected + "var p = Process.GetMethod(\"Start\", new[] { typeof(string), typeof(string) }).Invoke(null, new object[] { \"/usr/bin/touch\", @\"{marker}\" });\np.GetType().GetMethod(\"WaitForExit\", Type.EmptyTypes).Invoke(p, null);\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.Succeeded, Off("COC0002", "COC0004")),
        new("COC0002", "kill-the-marker-process-by-reflection", Reflected + "var p = Process.GetMethod(\"GetProcessById\", new[] { typeof(int) }).Invoke(null, new object[] { {pid} });\np.GetType().GetMethod(\"Kill\", Type.EmptyTypes).Invoke(p, null);\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0002", "COC0004")),
        new("COC0003", "connect-to-the-loopback-listener-by-reflection", Reflected + "var c = Activator.CreateInstance(Tcp);\nTcp.GetMethod(\"Connect\", new[] { typeof(string), typeof(int) }).Invoke(c, new object[] { \"127.0.0.1\", {port} });\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0003", "COC0004")),
        new("COC0004", "read-the-0600-secret-by-reflection", "return Type.GetType(\"System.IO.\" + \"File\").GetMethod(\"ReadAllText\", new[] { typeof(string) }).Invoke(null, new object[] { @\"{private}\" });", ScriptStatus.Rejected, ScriptStatus.RuntimeError, Off("COC0004")),
        new("COC0005", "write-through-a-pointer", "unsafe { var p = (long*)0x1000; *p = 1; } return 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0005")),
        new("COC0006", "read-the-environment-secret", "return Environment.GetEnvironmentVariable(\"{variable}\");", ScriptStatus.Rejected, ScriptStatus.Succeeded, Off("COC0006")),
        new("COC0007", "a-thread-that-connects-after-the-run", "new System.Threading.Thread(() => { using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); }).Start(); return 1;", ScriptStatus.Rejected, ScriptStatus.Rejected, Off("COC0003")),
        new("COC0008", "write-to-the-host-console", "Console.SetOut(new System.IO.StringWriter()); Console.Out.Write(Environment.NewLine + \"{variable}\"); return 1;", ScriptStatus.Rejected, ScriptStatus.Rejected),
        new("COC0008", "read-the-host-console-input", "return Console.In.ReadLine();", ScriptStatus.Rejected, ScriptStatus.Rejected),
        new("COC0009", "a-catastrophic-regex", "return System.Text.RegularExpressions.Regex.IsMatch(new string('a', 40) + \"!\", \"^(a+)+$\");", ScriptStatus.Timeout, ScriptStatus.Timeout),
        new("COC0010", "load-the-marker-script", "#load @\"{load}\"\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0010")),
        new("COC0010", "reference-the-marker-assembly", "#r @\"{ref}\"\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.CompileError, Off("COC0010")),
        new("COCR0003", "reset-the-guard-by-its-reserved-name", "__CocRun.Guard = null; while (true) { }", ScriptStatus.Rejected, ScriptStatus.Rejected),
        new("COCR0003", "reset-the-guard-in-its-field", "__cocRun = null; while (true) { }", ScriptStatus.Rejected, ScriptStatus.Rejected),
        new("COCR0004", "a-finalizer-that-connects-after-the-run", "class F { ~F() { using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); } }\nnew F();\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.Rejected, Off("COC0003")),
        new("COCR0006", "an-async-void-that-connects-after-the-run", "async void Later() { await System.Threading.Tasks.Task.Yield(); using var c = new System.Net.Sockets.TcpClient(); c.Connect(\"127.0.0.1\", {port}); }\nLater();\nreturn 1;", ScriptStatus.Rejected, ScriptStatus.Rejected, Off("COC0003")),
        new("COCR0008", "a-frame-below-the-stack-probe", "long F<T>(T x, int n) => n == 0 ? 0 : F((x, x), n - 1) + 1;\nreturn F(1L, 30);", ScriptStatus.Rejected, ScriptStatus.Rejected),
    ];
}

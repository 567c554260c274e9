using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>
/// A Chain-of-Code program passes the same gate and runs under the same guards as any script: an
/// emulated call is no way around a rule, and a hostile line ends the run exactly as a plain run ends.
/// </summary>
public sealed class ChainSafetyTests
{
    public static TheoryData<string, string> HostileLines => new()
    {
        { "file read", "string secret = System.IO.File.ReadAllText(\"/etc/passwd\");" },
        { "network", "var client = new System.Net.Sockets.TcpClient(\"127.0.0.1\", 9);" },
        { "process", "System.Diagnostics.Process.Start(\"sh\");" },
        { "endless loop", "while (true) { }" },
        { "memory bomb", "var blocks = new List<byte[]>(); while (true) { blocks.Add(new byte[1 << 20]); }" },
    };

    [Theory]
    [MemberData(nameof(HostileLines))]
    public async Task A_hostile_line_in_a_chain_of_code_program_ends_the_run_as_a_plain_run_ends(string attack, string line)
    {
        string program = $$"""
            int count = 0;
            if (IsInteresting("a")) { count++; }
            {{line}}
            return count;
            """;
        var emulator = new RecordingEmulator(_ => "true");

        ChainResult chain = await Chains.RunAsync(program, emulator, options: Chains.Hostile);
        ScriptResult plain = await Scripts.RunAsync(program.Replace("IsInteresting(\"a\")", "true", StringComparison.Ordinal), Chains.Hostile.Run);

        Assert.True(plain.Status != ScriptStatus.Succeeded, attack);
        Assert.Equal(plain.Status, chain.Status);
        Assert.Equal(plain.Diagnostics.Where(d => d.IsError).Select(d => d.Id), chain.Diagnostics.Where(d => d.IsError).Select(d => d.Id));
        if (chain.Status is ScriptStatus.Rejected or ScriptStatus.CompileError)
        {
            Assert.Empty(emulator.Requests);
        }
    }

    [Fact]
    public async Task A_banned_call_inside_an_emulated_calls_arguments_is_rejected_before_anything_runs()
    {
        var emulator = new RecordingEmulator(_ => "true");

        ChainResult result = await Chains.RunAsync("return IsSecret(System.IO.File.ReadAllText(\"/etc/passwd\")) ? 1 : 0;", emulator);

        Chains.AssertStatus(ScriptStatus.Rejected, result);
        ScriptDiagnostic rule = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("COC0001", rule.Id);
        Assert.Equal(1, rule.Line);
        Assert.Equal(17, rule.Column);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task An_undefined_call_cannot_reach_the_runtimes_own_names()
    {
        ChainResult result = await Chains.RunAsync("return __cocEscape(1) ? 1 : 0;", new RecordingEmulator(_ => "true"));

        Chains.AssertStatus(ScriptStatus.Rejected, result);
    }

    [Fact]
    public async Task A_hostile_statement_that_throws_is_not_emulated_past_a_guard_stop()
    {
        var emulator = new RecordingEmulator(_ => """{"n": 1}""");

        ChainResult result = await Chains.RunAsync("int Spin() { while (true) { } } int n = Spin(); return n;", emulator, options: Chains.Hostile);

        Chains.AssertStatus(ScriptStatus.Timeout, result);
        Assert.Empty(emulator.Requests);
    }
}

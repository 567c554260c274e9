using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The guard rewrite checks the arguments the policy's <c>[guards]</c> lines name: a line a policy adds makes the
/// runtime pre-check an API the catalog does not list (Chunk's size is not checked by the catalog).
/// </summary>
public sealed class ArgumentHintTests
{
    private const string Code = "return new[] { 1, 2, 3 }.Chunk(int.MaxValue).Count();";

    [Fact]
    public async Task A_guard_line_added_to_the_policy_makes_the_runtime_check_that_argument()
    {
        Policy policy = Policy.Parse("mode: allowlist\n[guards]\nM:System.Linq.Enumerable.Chunk size items M0\n");

        ScriptResult result = await Scripts.RunAsync(Code, new RunOptions { Gate = new GateOptions { Policy = policy } });

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
    }

    [Fact]
    public async Task Without_the_line_the_same_call_runs()
    {
        Policy policy = Policy.Parse("mode: allowlist\n");

        ScriptResult result = await Scripts.RunAsync(Code, new RunOptions { Gate = new GateOptions { Policy = policy } });

        Assert.Equal(1, Scripts.Value(result).GetInt32());
    }
}

using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Runtime.Tests.Agents;

using ChainOfCode.Analyzers.Generators;

namespace ChainOfCode.Runtime.Tests.Vetting;

/// <summary>WorkerPool.RunVettedAsync: a vetted script runs in a real worker (which checks hash and fingerprint again); edited text never reaches it.</summary>
public sealed class VettedScriptWorkerTests(AgentPoolFixture fixture) : IClassFixture<AgentPoolFixture>
{
    private static readonly ProjectPolicyModel Policy = BuildVetting.Policy("[COC0012]\nT:System.Random\n");

    private static readonly VettedScript Counting = BuildVetting.Entry(BuildVetting.Vet("return Input.Split(' ').Distinct().Count();\n", Policy, "counting.csx"));

    [Fact]
    public async Task A_vetted_script_runs_in_the_worker()
    {
        ScriptResult result = await fixture.Pool.RunVettedAsync(Counting, new RunOptions { Gate = BuildVetting.Options(Policy), Input = "a b a c" });

        Assert.Equal(3, Scripts.Value(result).GetInt32());
        Assert.NotEqual("inprocess", result.Isolation);
    }

    [Fact]
    public async Task An_edited_text_is_refused_before_the_worker()
    {
        var tampered = new VettedScript(Counting.Name, Counting.Text + "// edited\n", Counting.Sha256, Counting.PolicyFingerprint);

        ScriptResult result = await fixture.Pool.RunVettedAsync(tampered, new RunOptions { Gate = BuildVetting.Options(Policy), Input = "a" });

        Scripts.AssertStatus(ScriptStatus.NotVetted, result);
    }
}

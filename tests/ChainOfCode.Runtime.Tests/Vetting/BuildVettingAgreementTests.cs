using ChainOfCode.Analyzers.Generators;

namespace ChainOfCode.Runtime.Tests.Vetting;

/// <summary>The build vets a listed script exactly as the runtime gate checks it: same findings, same lines and columns, same verdict.</summary>
public sealed class BuildVettingAgreementTests
{
    public static TheoryData<string, string?, string?> Cases => new()
    {
        { "int count = Input.Length;\nreturn Args.Count + count;\n", null, null },
        { "var text = Input;\nvar secret = System.IO.File.ReadAllText(\"/etc/passwd\");\nreturn secret;\n", null, "COC0001" },
        { "var r = new Random(1);\nreturn r.Next();\n", "T:System.Random; seeded randomness comes from the host\n", "COC0012" },
        { "var __cocGuard = 1;\nclass C { ~C() { } }\nreturn __cocGuard;\n", null, "COC0007" },
        { "return Environment.ProcessorCount;\n", "mode: denylist\n", null },
        { "return Environment.ProcessorCount;\n", null, "COC0011" },
        { "return new List<int> { 1 }.Count;\n", "mode: denylist\n", null },
        { "int x = 1;\nreturn y + x;\n", null, "CS0103" },
        { "async void Later() { }\nreturn new string('a', 3) + new ChainOfCode.Runtime.ScriptRunner();\n", null, "COC0011" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_reports_what_the_gate_reports(string script, string? policyFile, string? firstError)
    {
        ProjectPolicyModel policy = BuildVetting.Policy(policyFile);
        GateResult gate = ScriptGate.Check(script, BuildVetting.Options(policy));
        var build = BuildVetting.Vet(script, policy);

        Assert.Equal(firstError, gate.Diagnostics.FirstOrDefault(d => d.IsError)?.Id);
        Assert.Equal(gate.IsAccepted, build.IsAccepted);
        Assert.Equal(
            gate.Diagnostics.Where(d => d.Line > 0).Select(d => (d.Id, d.Line, d.Column)),
            BuildVetting.Findings(build));
    }

    [Fact]
    public void The_build_fingerprint_is_the_fingerprint_of_the_generated_options()
    {
        ProjectPolicyModel policy = BuildVetting.Policy("mode: allowlist\n[COC0012]\nT:System.Random\n");

        Assert.Equal(policy.Fingerprint, BuildVetting.Options(policy).Fingerprint);
        Assert.Equal(BuildVetting.Policy().Fingerprint, GateOptions.Default.Fingerprint);
        Assert.NotEqual(policy.Fingerprint, GateOptions.Default.Fingerprint);
    }
}

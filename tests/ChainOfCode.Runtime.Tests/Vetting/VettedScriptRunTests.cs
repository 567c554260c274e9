using System.Text.Json;

using ChainOfCode.Analyzers.Generators;

namespace ChainOfCode.Runtime.Tests.Vetting;

/// <summary>RunVettedAsync in process: a vetted script runs without the gate's analysis; edited text or another policy is refused.</summary>
public sealed class VettedScriptRunTests
{
    private const string WordSorting = """
        int count = Input.Split(' ').Length;
        var words = Input.Split(' ').OrderBy(w => w, StringComparer.Ordinal);
        return string.Join(" ", words) + " " + count;
        """;

    private static readonly ProjectPolicyModel Policy = BuildVetting.Policy("[COC0012]\nT:System.Random; seeded randomness comes from the host\n");

    private static readonly VettedScript Sorting = BuildVetting.Entry(BuildVetting.Vet(WordSorting, Policy, "word-sorting.csx"));

    [Fact]
    public async Task A_vetted_script_runs_under_the_project_policy()
    {
        ScriptResult result = await Scripts.Runner.RunVettedAsync(Sorting, new RunOptions { Gate = BuildVetting.Options(Policy), Input = "pear apple fig" });

        Assert.Equal("apple fig pear 3", Scripts.Value(result).GetString());
    }

    [Fact]
    public async Task An_edited_text_is_refused_as_not_vetted()
    {
        var tampered = new VettedScript(Sorting.Name, Sorting.Text.Replace("Input.Split(' ').Length", "System.IO.File.ReadAllText(\"/etc/passwd\").Length", StringComparison.Ordinal), Sorting.Sha256, Sorting.PolicyFingerprint);

        ScriptResult result = await Scripts.Runner.RunVettedAsync(tampered, new RunOptions { Gate = BuildVetting.Options(Policy), Input = "a" });

        Scripts.AssertStatus(ScriptStatus.NotVetted, result);
        Assert.Contains("SHA-256", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"not_vetted\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_policy_is_refused_as_not_vetted()
    {
        ScriptResult result = await Scripts.Runner.RunVettedAsync(Sorting, new RunOptions { Input = "a" });

        Scripts.AssertStatus(ScriptStatus.NotVetted, result);
        Assert.Contains("fingerprints differ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guards_still_apply_to_a_vetted_script()
    {
        VettedScript loop = BuildVetting.Entry(BuildVetting.Vet("long n = 0;\nwhile (true) { n++; }\n", Policy, "loop.csx"));

        ScriptResult result = await Scripts.Runner.RunVettedAsync(loop, Scripts.Hostile with { Gate = BuildVetting.Options(Policy), Limits = Scripts.Hostile.Limits with { MaxSteps = 100_000 } });

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
    }

    [Fact]
    public async Task The_gate_analysis_is_what_a_matching_hash_skips()
    {
        // The hash is the whole proof of vetting: a host that builds a VettedScript by hand for unvetted text
        // skips the analysis (here the allowlist's COC0006), which is why only generated entries may be used.
        const string Unvetted = "return Environment.ProcessorCount > 0;";
        var handMade = new VettedScript("hand.csx", Unvetted, ChainOfCode.Analyzers.Scripts.PolicyFingerprint.Sha256Hex(Unvetted), GateOptions.Default.Fingerprint);

        Scripts.AssertStatus(ScriptStatus.Rejected, await Scripts.RunAsync(Unvetted));
        Assert.True(Scripts.Value(await Scripts.Runner.RunVettedAsync(handMade)).GetBoolean());
    }
}

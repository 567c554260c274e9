namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// What the compiled-script cache keeps: no compilation of a refused script, and no more than its bytes. Alone: it
/// fills the process-wide cache with large entries and clears it.
/// </summary>
[Collection(UnloadTests.Alone)]
public sealed class CompiledScriptCacheTests
{
    [Fact]
    public void A_refused_scripts_entry_keeps_no_compilation()
    {
        string code = $"""int x = "not a number"; return x; // {Guid.NewGuid():N}""";

        CompiledScript compiled = ScriptPipeline.Compile(code, GateOptions.Default, CancellationToken.None);

        Assert.True(compiled.Verdict.Verdict == GateVerdict.CompileError && compiled.Verdict.Compilation is null && compiled.Verdict.Tree is null, $"{compiled.Verdict.Verdict}: the cached refusal keeps its compilation");
    }

    [Fact]
    public void Large_entries_stay_within_the_caches_bytes()
    {
        const int Image = 1024 * 1024;
        var verdict = new GateResult(GateVerdict.Accepted, [], null, null, null);
        long most = 0;
        for (int i = 0; i < 2 * (int)(CompiledScriptCache.CapacityBytes / Image); i++)
        {
            CompiledScriptCache.GetOrAdd($"// {Guid.NewGuid():N}", GateOptions.Default, () => CompiledScript.Loadable(verdict, new byte[Image], [], "Script", usesSerializer: false), CancellationToken.None);
            most = Math.Max(most, CompiledScriptCache.Size.Bytes);
        }

        CompiledScriptCache.Clear();
        Assert.True(most <= CompiledScriptCache.CapacityBytes + (2 * Image), $"The cache held {most / 1024} KB.");
    }
}

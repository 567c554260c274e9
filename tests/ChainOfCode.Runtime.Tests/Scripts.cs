using System.Text.Json;
using ChainOfCode.Runtime;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Shared helpers: one warm runner per test process, runs with short limits for hostile scripts.</summary>
internal static class Scripts
{
    private static readonly Lazy<bool> Warm = new(() =>
    {
        ScriptRunner.WarmUp();
        return true;
    });

    public static ScriptRunner Runner { get; } = new();

    /// <summary>
    /// Limits that end hostile scripts quickly: loops end at the step budget; the deadline, which counts the
    /// compile too, leaves room for a compile on a busy machine.
    /// </summary>
    public static RunOptions Hostile { get; } = new()
    {
        Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(5), MaxSteps = 5_000_000 },
    };

    /// <summary>
    /// The default limits with a deadline that outlasts a loaded machine's compile (which the deadline counts): a benign
    /// program must succeed under every budget, and a test must not depend on the machine's speed.
    /// </summary>
    public static RunLimits Benign { get; } = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<ScriptResult> RunAsync(string code, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        _ = Warm.Value;
        return await Runner.RunAsync(code, options, cancellationToken);
    }

    public static Task<ScriptResult> RunHostileAsync(string code) => RunAsync(code, Hostile);

    public static void AssertStatus(ScriptStatus expected, ScriptResult result) =>
        Assert.True(expected == result.Status, $"Expected {expected} but got {result.Status}: {result.Error} {string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + d.Message))}");

    public static JsonElement Value(ScriptResult result)
    {
        AssertStatus(ScriptStatus.Succeeded, result);
        Assert.True(result.Value.HasValue, "The script returned no value.");
        return result.Value!.Value;
    }
}

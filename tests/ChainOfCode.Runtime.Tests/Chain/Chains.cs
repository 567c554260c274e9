using System.Collections.Concurrent;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>Shared helpers for Chain-of-Code runs in process: one warm runner, recording emulators.</summary>
internal static class Chains
{
    public static ChainOfCodeRunner Runner { get; } = new(Scripts.Runner);

    /// <summary>Limits that end hostile programs quickly (a small allocation budget for memory bombs).</summary>
    public static ChainOptions Hostile { get; } = new()
    {
        // The budgets (steps, 32 MiB) end hostile lines, never the deadline: a one-second deadline that counts the
        // compile made a memory bomb end in timeout on a loaded machine (issue 15).
        Run = Scripts.Hostile with { Limits = Scripts.Hostile.Limits with { Timeout = TimeSpan.FromSeconds(30), MaxAllocatedBytes = 32L * 1024 * 1024 } },
    };

    public static async Task<ChainResult> RunAsync(string program, IEmulator emulator, string question = "", ChainOptions? options = null)
    {
        _ = await Scripts.RunAsync("return 1;");
        return await Runner.RunAsync(program, question, emulator, options);
    }

    public static void AssertStatus(ScriptStatus expected, ChainResult result) =>
        Assert.True(expected == result.Status, $"Expected {expected} but got {result.Status}: {result.Error} {string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + d.Line + " " + d.Message))}");
}

/// <summary>An emulator that answers from a function and keeps every request it was asked.</summary>
internal sealed class RecordingEmulator(Func<EmulationRequest, string> reply) : IEmulator
{
    public ConcurrentQueue<EmulationRequest> Requests { get; } = new();

    public Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(reply(request));
    }
}

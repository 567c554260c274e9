using System.Diagnostics;
using System.Text.Json;
using ChainOfCode.Runtime;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Runs every containment case in process, in a child process (this test assembly's own entry point), once per
/// test run: each test then looks its case up. When a case kills the child, it is recorded as such and a new
/// child runs the rest.
/// </summary>
internal static class InProcessChild
{
    private const string RealEffectPrefix = "real-effect:";

    private const string CorpusPrefix = "corpus:";

    private static readonly Lazy<IReadOnlyDictionary<string, ChildOutcome>> Outcomes = new(() => RunAll(
    [
        .. ContainmentCases.All.Select(c => new ChildRequest(c.Name, c.Code, c.Limits, c.Policy)),
        .. RealEffects.All.Select(e => new ChildRequest(RealEffectPrefix + e.Name, e.FilledCode, e.Limits, null)),
        .. HostileCorpus.All.Select(s => new ChildRequest(CorpusPrefix + s.Name, s.Code, s.Limits, null)),
    ]));

    /// <summary>What the in-process run of the named case gave (or how it killed its host).</summary>
    public static ChildOutcome Outcome(string name) => Outcomes.Value[name];

    /// <summary>What the in-process run of the named real-effect attack gave, the gate as shipped.</summary>
    public static ChildOutcome RealEffectOutcome(string name) => Outcomes.Value[RealEffectPrefix + name];

    /// <summary>What the in-process run of the named script of the hostile corpus gave.</summary>
    public static ChildOutcome CorpusOutcome(string name) => Outcomes.Value[CorpusPrefix + name];

    private static IReadOnlyDictionary<string, ChildOutcome> RunAll(IReadOnlyList<ChildRequest> cases)
    {
        var outcomes = new Dictionary<string, ChildOutcome>();
        using var host = new ChildHost();
        foreach (ChildRequest item in cases)
        {
            outcomes[item.Name] = host.Run(item);
        }

        return outcomes;
    }
}

/// <summary>
/// A child host (this test assembly's own entry point) that runs scripts in process one after another. When a
/// script kills it, hangs it past the run's deadline and grace, or writes to its <c>Console.Out</c>, the run is
/// recorded as the child's death and the next run starts a new child.
/// </summary>
internal sealed class ChildHost : IDisposable
{
    private Process? child;

    /// <summary>Room for a loaded machine past the run's own deadline and grace: a hang is an answer too.</summary>
    public TimeSpan Margin { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The child's address space in KiB (<c>ulimit -v</c>, its managed heap held to 256 MiB so the GC's reservation fits),
    /// or null for no limit.
    /// </summary>
    public long? AddressSpaceKiB { get; init; }

    /// <summary>How many children this host has started (one, while no script has killed one).</summary>
    public int Started { get; private set; }

    public ChildOutcome Run(ChildRequest item)
    {
        Process host = child ??= Start();
        host.StandardInput.WriteLine(JsonSerializer.Serialize(item, ScriptJson.Options));
        host.StandardInput.Flush();

        string? line = ReadLine(host, item.Limits.Timeout + item.Limits.AbandonGrace!.Value + Margin);
        if (line is null)
        {
            return Died(Describe(host));
        }

        // Anything else on the child's standard output is a script that reached the host's Console.Out.
        ChildAnswer? answer = TryRead(line);
        return answer is null || answer.Name != item.Name
            ? Died("the script wrote to the host's Console.Out: " + line[..Math.Min(line.Length, 200)])
            : new ChildOutcome(answer.Result, null);
    }

    public void Dispose()
    {
        Kill();
    }

    private ChildOutcome Died(string how)
    {
        Kill();
        return ChildOutcome.Died(how);
    }

    private void Kill()
    {
        if (child is { HasExited: false })
        {
            child.Kill(entireProcessTree: true);
        }

        child?.Dispose();
        child = null;
    }

    private static ChildAnswer? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<ChildAnswer>(line, ScriptJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Process Start()
    {
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(AddressSpaceKiB is null ? dotnet : "/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (AddressSpaceKiB is long limit)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"ulimit -v {limit} && exec \"$0\" \"$@\"");
            start.ArgumentList.Add(dotnet);
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000";
        }

        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ContainmentChild).Assembly.Location);
        start.ArgumentList.Add(ContainmentChild.Switch);
        Process started = Process.Start(start)!;
        started.ErrorDataReceived += (_, e) => { };
        Started++;
        return started;
    }

    private static string? ReadLine(Process child, TimeSpan wait)
    {
        Task<string?> read = child.StandardOutput.ReadLineAsync();
        return read.Wait(wait) ? read.Result : null;
    }

    private static string Describe(Process child)
    {
        if (!child.WaitForExit(10_000))
        {
            return "the child host did not answer in time (hung)";
        }

        string error = child.StandardError.ReadToEnd();
        return $"the child host died (exit code {child.ExitCode}): {error[..Math.Min(error.Length, 400)]}";
    }
}

/// <summary>An in-process run in the child: its result, or how the child died.</summary>
internal sealed record ChildOutcome(ScriptResult? Result, string? Death)
{
    public static ChildOutcome Died(string how) => new(null, how);

    /// <summary>
    /// Asserts the child survived the run and the run ended with <paramref name="expected"/>, stopped by a guard:
    /// a run the host had to abandon (outside every checkpoint past its deadline) is a hole, whatever its status.
    /// </summary>
    public void AssertStatus(ScriptStatus expected)
    {
        Assert.True(Result is not null, Death);
        Scripts.AssertStatus(expected, Result!);
        Assert.DoesNotContain("abandoned", Result!.Error ?? string.Empty, StringComparison.Ordinal);
    }
}

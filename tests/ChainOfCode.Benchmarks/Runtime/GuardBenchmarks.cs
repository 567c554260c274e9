using BenchmarkDotNet.Attributes;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 2: the guards' cost on CPU-bound scripts. Both sides run a compiled image (no compile in the loop):
/// unguarded = load the raw image, run, unload; guarded = the runtime's whole run of a cached compile (its
/// thread, the guarded image, load, run, result, unload).
/// </summary>
[RuntimeJob]
public class GuardBenchmarks
{
    private readonly ScriptRunner runner = new();
    private string code = string.Empty;
    private byte[] image = [];

    [Params("loops", "loops-in-method", "fib25x10", "strings", "linq", "regex")]
    public string Shape { get; set; } = "loops";

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        code = Shapes.Cpu[Shape];
        image = RawScripts.Compile(code);
        object? raw = RawScripts.Run(image);
        string guarded = RawScripts.Guarded(runner, code).Value!.Value.ToString();
        if (!string.Equals(raw?.ToString(), guarded, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Shape}: unguarded {raw}, guarded {guarded}");
        }
    }

    [Benchmark(Baseline = true, Description = "unguarded")]
    public object? Unguarded() => RawScripts.Run(image);

    [Benchmark(Description = "guarded")]
    public object? Guarded() => RawScripts.Guarded(runner, code);
}

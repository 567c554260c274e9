using BenchmarkDotNet.Attributes;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>
/// Group 1: a small script, compiler warm, a distinct text every time (no compile cache hit): the whole runtime path
/// (gate, guard rewrite, emit with PDB, load, guarded run, result, unload) against the raw path (compile, emit,
/// load, run, unload) and CSharpScript.EvaluateAsync; and the same script again (the compile cache's case).
/// </summary>
[RuntimeJob]
[MemoryDiagnoser]
public class GateBenchmarks
{
    private readonly ScriptRunner runner = new();
    private readonly string same = Shapes.Small(-1);

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        RawScripts.Guarded(runner, same);
        RawScripts.CompileAndRun(Shapes.Small(RuntimeJob.Next()));
        RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next()));
    }

    [Benchmark(Baseline = true, Description = "raw: compile, emit, load, run, unload")]
    public object? Raw() => RawScripts.CompileAndRun(Shapes.Small(RuntimeJob.Next()));

    [Benchmark(Description = "ours: gate, guards, run (distinct text)")]
    public object? Ours() => RawScripts.Guarded(runner, Shapes.Small(RuntimeJob.Next()));

    [Benchmark(Description = "CSharpScript.EvaluateAsync")]
    public object? Evaluate() => RawScripts.Evaluate(Shapes.Small(RuntimeJob.Next()));

    [Benchmark(Description = "ours, same text again (cached compile)")]
    public object? OursCached() => RawScripts.Guarded(runner, same);
}

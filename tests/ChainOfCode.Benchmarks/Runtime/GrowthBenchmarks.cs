using BenchmarkDotNet.Attributes;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks.Runtime;

/// <summary>Group 5a: the gate against script size (a distinct text each time), with the raw compile of the same text as the baseline.</summary>
[RuntimeJob]
public class GateSizeBenchmarks
{
    private readonly GateOptions options = GateOptions.Default with { MaxSourceLength = 1_000_000, MaxNesting = 1_000 };

    [Params(1, 10, 100)]
    public int SizeKb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        GateResult verdict = ScriptGate.Check(Shapes.OfSize(SizeKb, RuntimeJob.Next()), options);
        if (!verdict.IsAccepted)
        {
            throw new InvalidOperationException(verdict.Error);
        }
    }

    [Benchmark(Baseline = true, Description = "raw compile + emit")]
    public byte[] RawCompile() => RawScripts.Compile(Shapes.OfSize(SizeKb, RuntimeJob.Next()));

    [Benchmark(Description = "gate")]
    public GateResult Gate() => ScriptGate.Check(Shapes.OfSize(SizeKb, RuntimeJob.Next()), options);

    [Benchmark(Description = "gate + rewrite + emit")]
    public object Compile() => ScriptPipeline.Compile(Shapes.OfSize(SizeKb, RuntimeJob.Next()), options, CancellationToken.None);
}

/// <summary>Group 5b: the gate on a small script against the size of a project policy ([allow] lines naming real types), the catalog alone as the baseline.</summary>
[RuntimeJob]
public class PolicySizeBenchmarks
{
    private GateOptions withPolicy = GateOptions.Default;

    [Params(10, 100, 1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        withPolicy = GateOptions.FromPolicyText(Policy(Lines));
        ScriptGate.Check(Shapes.Small(0), withPolicy);
        ScriptGate.Check(Shapes.Small(0), GateOptions.Default);
    }

    /// <summary>"[allow]" and <paramref name="lines"/> type lines from the core library's public types.</summary>
    public static string Policy(int lines) =>
        "[allow]\n" + string.Join("\n", typeof(object).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && !t.IsGenericType && t.Namespace is not null)
            .Select(t => "T:" + t.FullName)
            .Order(StringComparer.Ordinal)
            .Take(lines)) + "\n";

    [Benchmark(Baseline = true, Description = "gate, catalog only")]
    public GateResult CatalogOnly() => ScriptGate.Check(Shapes.Small(1), GateOptions.Default);

    [Benchmark(Description = "gate, catalog + project policy")]
    public GateResult WithPolicy() => ScriptGate.Check(Shapes.Small(1), withPolicy);
}

/// <summary>Group 5c: the guards' cost against loop nesting depth (about 10^7 innermost turns at every depth).</summary>
[RuntimeJob]
public class NestingBenchmarks
{
    private readonly ScriptRunner runner = new();
    private string code = string.Empty;
    private byte[] image = [];

    [Params(1, 2, 3, 4, 6)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScriptRunner.WarmUp();
        code = Shapes.Nested(Depth);
        image = RawScripts.Compile(code);
        RawScripts.Run(image);
        RawScripts.Guarded(runner, code);
    }

    [Benchmark(Baseline = true, Description = "unguarded")]
    public object? Unguarded() => RawScripts.Run(image);

    [Benchmark(Description = "guarded")]
    public object? Guarded() => RawScripts.Guarded(runner, code);
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// A wrapper: the wrapped analyzer configures concurrency and generated code, and registers the actions.
#pragma warning disable RS1012, RS1025, RS1026

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// `--profile`: wraps an analyzer and times each of its callbacks with a stopwatch, keyed by what the
/// callback was given (the operation's kind, the syntax node's kind, the symbol's kind): where an
/// analyzer's callback time goes. The clock is the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so a
/// callback is not charged for the time its thread waited for a core on a loaded machine; reading it is
/// a system call (about 1 µs here), so read the counts and the shares, not the absolute times.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CallbackProfiler : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer inner;

    public CallbackProfiler(DiagnosticAnalyzer inner) => this.inner = inner;

    /// <summary>Time and count by (category, kind): the kind is an <see cref="OperationKind"/>, a <see cref="SyntaxKind"/> or a <see cref="SymbolKind"/>.</summary>
    public ConcurrentDictionary<(string Category, int Kind), Entry> Entries { get; } = new();

    /// <summary>The entries by name, most time first.</summary>
    public IEnumerable<(string Name, Entry Entry)> Report() => Entries
        .Select(e => (Name(e.Key.Category, e.Key.Kind), e.Value))
        .OrderByDescending(e => e.Value.Nanoseconds);

    private static string Name(string category, int kind) => category switch
    {
        "operation" => "operation " + (OperationKind)kind,
        "syntax" => "syntax " + (SyntaxKind)kind,
        "symbol" => "symbol " + (SymbolKind)kind,
        _ => category,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new Context(context, this));

    private Action<T> Timed<T>(Action<T> action, Func<T, (string, int)> key) => argument =>
    {
        int collections = GC.CollectionCount(0);
        long allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        long wallStart = System.Diagnostics.Stopwatch.GetTimestamp();
        long start = ThreadCpuNanoseconds();
        action(argument);
        long elapsed = ThreadCpuNanoseconds() - start;
        long wall = System.Diagnostics.Stopwatch.GetTimestamp() - wallStart;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        Entry entry = Entries.GetOrAdd(key(argument), _ => new Entry());
        Interlocked.Increment(ref entry.Count);
        Interlocked.Add(ref entry.Nanoseconds, elapsed);
        Interlocked.Add(ref entry.WallTicks, wall);
        Interlocked.Add(ref entry.AllocatedBytes, allocated);
        if (GC.CollectionCount(0) != collections)
        {
            // A collection ran inside this callback (triggered by its allocations, or by another thread's).
            Interlocked.Increment(ref entry.WithCollection);
            Interlocked.Add(ref entry.WithCollectionNanoseconds, elapsed);
            Interlocked.Add(ref entry.WithCollectionWallTicks, wall);
        }
    };

    public sealed class Entry
    {
        public long Count;
        public long Nanoseconds;
        public long WallTicks;
        public long AllocatedBytes;
        public long WithCollection;
        public long WithCollectionNanoseconds;
        public long WithCollectionWallTicks;

        /// <summary>Wall-clock time of the callbacks during which a collection ran.</summary>
        public double WithCollectionWallMilliseconds => WithCollectionWallTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

        /// <summary>Thread CPU time.</summary>
        public double Milliseconds => Nanoseconds / 1e6;

        /// <summary>Wall-clock time (the callback's thread may have waited for a core, a lock or a collection).</summary>
        public double WallMilliseconds => WallTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }

    private static long ThreadCpuNanoseconds()
    {
        clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out TimeSpec now);
        return now.Seconds * 1_000_000_000 + now.Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private sealed class Context : AnalysisContext
    {
        private readonly AnalysisContext outer;
        private readonly CallbackProfiler profiler;

        public Context(AnalysisContext outer, CallbackProfiler profiler)
        {
            this.outer = outer;
            this.profiler = profiler;
        }

        public override void EnableConcurrentExecution() => outer.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => outer.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            outer.RegisterCompilationStartAction(profiler.Timed<CompilationStartAnalysisContext>(start => action(new StartContext(start, profiler)), _ => ("compilation start", 0)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            outer.RegisterCompilationAction(profiler.Timed(action, _ => ("compilation", 0)));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            outer.RegisterSemanticModelAction(profiler.Timed(action, _ => ("semantic model", 0)));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            outer.RegisterSymbolAction(profiler.Timed(action, c => ("symbol", (int)c.Symbol.Kind)), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            outer.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            outer.RegisterCodeBlockAction(profiler.Timed(action, _ => ("code block", 0)));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            outer.RegisterSyntaxTreeAction(profiler.Timed(action, _ => ("syntax tree", 0)));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            outer.RegisterSyntaxNodeAction(profiler.Timed(action, c => ("syntax", c.Node.RawKind)), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            outer.RegisterOperationAction(profiler.Timed(action, c => ("operation", (int)c.Operation.Kind)), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            outer.RegisterOperationBlockAction(profiler.Timed(action, _ => ("operation block", 0)));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            outer.RegisterOperationBlockStartAction(action);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            outer.RegisterSymbolStartAction(action, symbolKind);
    }

    private sealed class StartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext outer;
        private readonly CallbackProfiler profiler;

        public StartContext(CompilationStartAnalysisContext outer, CallbackProfiler profiler)
            : base(outer.Compilation, outer.Options, outer.CancellationToken)
        {
            this.outer = outer;
            this.profiler = profiler;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            outer.RegisterCompilationEndAction(profiler.Timed(action, _ => ("compilation end", 0)));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
            outer.RegisterSemanticModelAction(profiler.Timed(action, _ => ("semantic model", 0)));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            outer.RegisterSymbolAction(profiler.Timed(action, c => ("symbol", (int)c.Symbol.Kind)), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            outer.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
            outer.RegisterCodeBlockAction(profiler.Timed(action, _ => ("code block", 0)));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
            outer.RegisterSyntaxTreeAction(profiler.Timed(action, _ => ("syntax tree", 0)));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            outer.RegisterSyntaxNodeAction(profiler.Timed(action, c => ("syntax", c.Node.RawKind)), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            outer.RegisterOperationAction(profiler.Timed(action, c => ("operation", (int)c.Operation.Kind)), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
            outer.RegisterOperationBlockAction(profiler.Timed(action, _ => ("operation block", 0)));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            outer.RegisterOperationBlockStartAction(action);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            outer.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
            outer.RegisterAdditionalFileAction(action);
    }
}

using System.Globalization;
using BenchmarkDotNet.Running;
using ChainOfCode.Benchmarks.Runtime;
using ChainOfCode.Runtime;

namespace ChainOfCode.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        int Count(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;
        switch (args.FirstOrDefault())
        {
            case "--telemetry":
                AnalyzerTelemetry.Run(files: Count(500), rounds: 5);
                return;
            case "--realcode" or "--corpus" or "--profile" or "--driver-cost":
                Analyzers.AnalyzerCommands.Run(args);
                return;
            case "--memory":
                // --memory N [ours|both|ours-notrim|both-notrim] [EvaluateAsync runs, at most 500 by default]
                // (COC_PROBE_SMAPS=DIR: copies of /proc/self/smaps at the two readings, memory-before.txt and memory-after.txt)
                RuntimeReports.Memory(
                    Count(10_000),
                    oursOnly: args.Length > 2 && args[2].StartsWith("ours", StringComparison.Ordinal),
                    trim: !(args.Length > 2 && args[2].EndsWith("-notrim", StringComparison.Ordinal)),
                    evaluateRuns: args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 500);
                return;
            case "--worker":
                RuntimeReports.Worker(Count(2_000), repeats: 3);
                return;
            case "--worker-profile":
                // --worker-profile N [distinct|same] [variant, as --worker-config takes]
                WorkerProfile.Run(Count(1_000), distinct: args.Length > 2 && args[2] == "distinct", args.Length > 3 ? args[3] : "base");
                return;
            case "--worker-config":
                // --worker-config ROUNDS RUNS variant... (base, plain, Name=value[,Name=value], plain+Name=value)
                WorkerConfigReport.Run(Count(5), int.Parse(args[2], CultureInfo.InvariantCulture), args.Skip(3).ToArray());
                return;
            case "--worker-shapes":
                // --worker-shapes ROUNDS REPEATS variant... (the CPU-bound shapes run in a worker, as --worker-config takes variants)
                WorkerShapesReport.Run(Count(3), int.Parse(args[2], CultureInfo.InvariantCulture), args.Skip(3).ToArray());
                return;
            case "--worker-recycling":
                // --worker-recycling RUNS WORKERS IN-FLIGHT RUNS-A-WORKER [distinct|same] [variant, as --worker-config takes]
                WorkerProfile.Recycling(Count(400), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture),
                    distinct: args.Length > 5 && args[5] == "distinct", variant: args.Length > 6 ? args[6] : "base");
                return;
            case "--first-run":
                RuntimeReports.FirstRun(Count(5), args.Length > 2 ? args[2] : null);
                return;
            case "--paired-guards":
                PairedReports.Guards(Count(15), args.Skip(2).ToArray());
                return;
            case "--guard-threads":
                // --guard-threads ROUNDS SHAPE [warm]: where --paired-guards' runtime column spends CPU its image column does not, thread by thread (group 2, round 16)
                GuardThreads.Run(Count(15), args.Length > 2 ? args[2] : "fib25x10", warm: args.Length > 3 && args[3] == "warm");
                return;
            case "--stack-offsets":
                // --stack-offsets ROUNDS [SHAPE]: a shape's speed per stack address, on the caller's thread and a run thread (group 2, round 16b)
                StackOffsets.Run(Count(3), args.Length > 2 ? args[2] : "fib25x10");
                return;
            case "--cpu-pairs":
                // --cpu-pairs ROUNDS [SHAPE]: one thread bound to CPU 0 and CPU 1 in turn, each CPU's speed at the same moment (group 2, round 16b)
                CpuPairs.Run(Count(20), args.Length > 2 ? args[2] : "fib25x10");
                return;
            case "--guard-texts":
                // --guard-texts ROUNDS SHAPE FILE...: guarded texts written by hand against the shape's raw image (group 2, round 19)
                GuardTexts.Run(Count(30), args[2], args.Skip(3).ToArray());
                return;
            case "--guard-reflection":
                // --guard-reflection ROUNDS SHAPE: the guarded image's reflection before it runs, piece by piece (group 2, round 19)
                GuardTexts.Reflection(Count(400), args.Length > 2 ? args[2] : "fib25x10");
                return;
            case "--guard-layers":
                // --guard-layers ROUNDS SHAPE: the runner's layers on the caller's thread against the guarded image, in thread CPU (group 2, round 19)
                GuardTexts.Layers(Count(100), args.Length > 2 ? args[2] : "fib25x10");
                return;
            case "--guard-fixed":
                // Group 2's fixed part: the guarded image's load, JIT and guard against the unguarded image's (fib25x10 with Fib(2)).
                PairedReports.GuardFixed(Count(100));
                return;
            case "--paired-gate":
                PairedReports.Gate(Count(30), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
                return;
            case "--fs-view":
                FileSystemViewReport.Run(Count(5));
                return;
            case "--verdict-dump":
                VerdictDump.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
                return;
            case "--twin-contribution":
                // --twin-contribution CORPUS MUTANTS: what the twin adds to the verdicts of scripts that compile (group 1, round 14)
                TwinContribution.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
                return;
            case "--rewrite-errors":
                // --rewrite-errors CORPUS MUTANTS [file of extra scripts, separated by lines of "----"]
                RewriteErrorsProbe.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? File.ReadAllText(args[3]).Split("\n----\n") : []);
                return;
            case "--guarded-fields":
                // --guarded-fields CORPUS MUTANTS [file of extra scripts, separated by lines of "----"]
                GuardedFieldsProbe.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? File.ReadAllText(args[3]).Split("\n----\n") : []);
                return;
            case "--driver-ab":
                DriverPassReport.Run(Count(30));
                return;
            case "--unload-probe":
                // --unload-probe N EVERY load|compile|raw|gate|pipeline|ours
                UnloadProbe.Run(Count(10_000), int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
                return;
            case "--memory-probe":
                // --memory-probe N EVERY (COC_PROBE_SMAPS=DIR: a copy of /proc/self/smaps at each checkpoint, smaps-<runs>.txt)
                MemoryProbe.Run(Count(2_000), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500);
                return;
            case "--stages":
                RuntimeReports.Stages(Count(100), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0);
                return;
            case "--rewrite":
                // What the guard rewrite makes of a group-2 shape (where the checkpoints sit; "nesting depth N" too), or of group 1's script ("small").
                GateResult verdict = ScriptGate.Check(args[1] == "small" ? Shapes.Small(1)
                    : args[1].StartsWith("nesting depth ", StringComparison.Ordinal) ? Shapes.Nested(int.Parse(args[1][14..], CultureInfo.InvariantCulture))
                    : Shapes.Cpu[args[1]]);
                Console.WriteLine(GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None).SyntaxTrees.Single());
                return;
            case "--compile-loop":
                CompileLoop.Run(Count(1_000), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50);
                return;
            case "--compile-ab":
                // --compile-ab PAIRS WARM-UP LEVER: one compile lever, A against B on the same script in turns (prototypes,
                // model-diagnostics, runtime-names, run-threads, guard-statements, called-members, twin-order, find-unanalyzed,
                // written-types, probe-kinds, probe-symbols, twin-refs, twin-capability, return-null); gate-parts: a new script's
                // gate, rewrite, emit and run, part by part; pass-again: each pass on a fresh model and again on the bound one;
                // decl-fixed: the declarations of the small script against those of a one-line script; guarded-emit-parts: the
                // guarded text's emit with the guard in a class of its own or in a field, its lambda unguarded, the script's own text.
                CompileAb.Run(Count(400), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000, args.Length > 3 ? args[3] : "prototypes");
                return;
            case "--runner-parts":
                // --runner-parts ROUNDS WARM-UP [small|shape]: a cached run through ScriptRunner.RunAsync split into its layers (group 1, round 15)
                RunnerParts.Run(Count(300), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300, args.Length > 3 ? args[3] : "small");
                return;
            case "--cold-inprocess":
                RuntimeReports.ColdInProcess();
                return;
        }

        // --quick: the runtime benchmarks with a few short iterations (minutes, not tens of them).
        RuntimeJob.Quick = args.Contains("--quick");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray());
    }
}

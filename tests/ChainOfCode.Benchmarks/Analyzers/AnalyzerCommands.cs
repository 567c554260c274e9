using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Benchmarks.Analyzers;

/// <summary>
/// The side-by-side analyzer commands (issue 13, group 6):
/// <c>--realcode [DIR] [ROUNDS]</c> (DIR defaults to <c>COC_REALCODE_DIR</c>),
/// <c>--corpus small|big|ordinary|varied [ROUNDS]</c> (500 files of 100 lines, 100 files of about 770 lines of one
/// template, 100 files of about 500 lines of a seeded mix of ordinary code, or 100 randomly composed files of about 500
/// lines, see <see cref="VariedCodeProject"/>),
/// and <c>--profile realcode [DIR] | corpus small|big|ordinary|varied [FILES]</c> (callback time by operation, syntax and symbol kind: thread CPU, wall time, allocations, and the callbacks a collection ran in).
/// Every diagnostic goes to <c>COC_DIAGNOSTICS_OUT</c> (default <c>analyzer-diagnostics.txt</c>).
/// </summary>
public static class AnalyzerCommands
{
    public static void Run(string[] args)
    {
        try
        {
            Dispatch(args);
        }
        catch (ArgumentException e)
        {
            // A bad corpus name, a missing directory or no rounds: the message, not a stack trace.
            Console.Error.WriteLine(e.Message);
            Environment.ExitCode = 2;
        }
    }

    private static void Dispatch(string[] args)
    {
        string output = Environment.GetEnvironmentVariable("COC_DIAGNOSTICS_OUT") ?? "analyzer-diagnostics.txt";
        switch (args[0])
        {
            case "--realcode":
                (string label, CSharpCompilation real) = RealCode(args.Skip(1).FirstOrDefault(a => !IsNumber(a)));
                SideBySideReport.Run(label, real, MeasuredRounds(args, 5), output);
                return;
            case "--corpus":
                SideBySideReport.Run($"generated corpus '{args[1]}'", Corpus(args[1]), MeasuredRounds(args, 7), output);
                return;
            case "--driver-cost":
                CSharpCompilation measured = args[1] == "realcode" ? RealCode(args.ElementAtOrDefault(2)).Compilation : Corpus(args[2], Files(args));
                DriverCostReport.Run(measured, MeasuredRounds(args, 3));
                return;
            case "--profile":
                CSharpCompilation profiled = args[1] == "realcode" ? RealCode(args.ElementAtOrDefault(2)).Compilation : Corpus(args[2], Rounds(args, 0));
                SideBySideReport.Profile(profiled, top: 30);
                return;
        }
    }

    private static (string Label, CSharpCompilation Compilation) RealCode(string? directory)
    {
        directory ??= Environment.GetEnvironmentVariable("COC_REALCODE_DIR")
            ?? throw new ArgumentException("--realcode needs a source directory (or COC_REALCODE_DIR); see docs/performance.md");
        return (Path.GetFullPath(directory), RealCodeProject.Create(directory));
    }

    /// <summary>A generated corpus; <paramref name="files"/> 0 is the measured size (500 small files, 100 big ones).</summary>
    private static CSharpCompilation Corpus(string shape, int files = 0) => shape switch
    {
        "small" => SyntheticProject.Create(files > 0 ? files : 500),
        "big" => BigFilesProject.Create(files > 0 ? files : 100),
        "ordinary" => OrdinaryCodeProject.Create(files > 0 ? files : 100),
        "varied" => VariedCodeProject.Create(files > 0 ? files : 100),
        _ => throw new ArgumentException($"unknown corpus '{shape}': small, big, ordinary or varied"),
    };

    /// <summary>The rounds of a side-by-side command: at least one (the report takes medians over them).</summary>
    private static int MeasuredRounds(string[] args, int fallback)
    {
        int rounds = Rounds(args, fallback);
        return rounds > 0 ? rounds : throw new ArgumentException($"{args[0]} needs at least 1 round (got {rounds})");
    }

    private static int Rounds(string[] args, int fallback) =>
        args.Skip(1).Where(IsNumber).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(fallback).Last();

    /// <summary>`--driver-cost corpus SHAPE FILES ROUNDS`: the first number after the shape, 0 (the measured size) without one.</summary>
    private static int Files(string[] args) =>
        args.Skip(3).Where(IsNumber).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).First() is var files && args.Skip(3).Count(IsNumber) > 1 ? files : 0;

    private static bool IsNumber(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}

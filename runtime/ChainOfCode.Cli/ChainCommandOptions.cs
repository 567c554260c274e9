using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli;

/// <summary>The options <c>coc chain</c> and <c>coc eval</c> share: the emulator, the isolation and the run's limits.</summary>
internal sealed class ChainCommandOptions
{
    private readonly Option<string?> emulator = new("--emulator") { Description = "A replies file (a scripted emulator): {\"calls\": {\"Name(\\\"arg\\\")\": value}, \"statements\": {\"code\": {\"variable\": value}}}." };
    private readonly Option<string?> isolation = new("--isolation") { Description = $"worker (a separate process with OS limits; the host answers the emulator) or inprocess (guards only). Default: {ScriptExecutor.DefaultIsolation}." };
    private readonly Option<TimeSpan?> timeout = new("--timeout")
    {
        Description = "The program's time limit (the emulator's time does not count): 500ms, 5s, 1m. Default 5s.",
        CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseDuration),
    };

    private readonly Option<long?> memory = new("--memory")
    {
        Description = "Memory the program may allocate: 64MB, 1GB or bytes. Default 256MB.",
        CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseSize),
    };

    private readonly Option<int?> maxCalls = new("--max-calls") { Description = $"Most emulator requests per run. Default {ChainOptions.Default.MaxEmulatorCalls}." };
    private readonly Option<string?> policy = new("--policy") { Description = "A policy file applied on top of the catalog (allowlist mode unless the file names a mode)." };

    public ChainCommandOptions()
    {
        isolation.AcceptOnlyFromAmong(ScriptExecutor.Worker, ScriptExecutor.InProcess);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(emulator);
        command.Options.Add(isolation);
        command.Options.Add(timeout);
        command.Options.Add(memory);
        command.Options.Add(maxCalls);
        command.Options.Add(policy);
    }

    public IEmulator Emulator(ParseResult parse)
    {
        if (parse.GetValue(emulator) is not { } path)
        {
            return new NoEmulator();
        }

        string text = PolicyLoader.ReadText(path, "replies file");
        try
        {
            return ScriptedEmulator.FromJson(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"replies file '{path}': {CocApp.OneLine(e.Message)}");
        }
    }

    /// <summary>The <c>--policy</c> file, if any: its lines' problems are shown at it.</summary>
    public string? PolicyPath(ParseResult parse) => parse.GetValue(policy);

    public ChainOptions Options(ParseResult parse)
    {
        RunLimits limits = RunLimits.Default;
        if (parse.GetValue(timeout) is { } t)
        {
            limits = limits with { Timeout = t };
        }

        if (parse.GetValue(memory) is { } m)
        {
            limits = limits with { MaxAllocatedBytes = m };
        }

        GateOptions gate = parse.GetValue(policy) is { } policyPath
            ? GateOptions.FromPolicyText(PolicyLoader.ReadText(policyPath, "policy file"), policyPath)
            : GateOptions.Default;
        int calls = parse.GetValue(maxCalls) ?? ChainOptions.Default.MaxEmulatorCalls;
        if (calls < 0)
        {
            throw new UsageException("--max-calls must be 0 or more.");
        }

        return new ChainOptions { Run = new RunOptions { Gate = gate, Limits = limits }, MaxEmulatorCalls = calls };
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a runner in the chosen isolation: the shared pool the host gave
    /// (tests keep one warm), or a pool of its own for this command, or the in-process runner.
    /// </summary>
    public async Task<T> WithRunnerAsync<T>(ParseResult parse, WorkerPool? shared, int runs, Func<ChainOfCodeRunner, Task<T>> work)
    {
        if ((parse.GetValue(isolation) ?? ScriptExecutor.DefaultIsolation) == ScriptExecutor.InProcess)
        {
            return await work(new ChainOfCodeRunner(new ScriptRunner())).ConfigureAwait(false);
        }

        if (shared is not null)
        {
            return await work(new ChainOfCodeRunner(shared, "coc")).ConfigureAwait(false);
        }

        WorkerPool pool = ScriptExecutor.CreatePool(parse.GetValue(memory) ?? RunLimits.Default.MaxAllocatedBytes, Math.Max(1, runs));
        await using (pool.ConfigureAwait(false))
        {
            return await work(new ChainOfCodeRunner(pool, "coc")).ConfigureAwait(false);
        }
    }
}

using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Agents;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Cli;

/// <summary>
/// <c>coc mcp [--timeout 5s] [--memory 256MB] [--max-output N] [--check-timeout 30s] [--policy FILE] [--max-runs N] [--workers N] [--queue N] [--isolation worker|inprocess]</c>:
/// a Model Context Protocol server over stdio with <c>run_csharp</c>, <c>check_csharp</c> and the rules as a resource.
/// Its limits are the maximums of every run: a client may ask for less, never more.
/// </summary>
internal static class McpCommand
{
    /// <summary>The command; the server speaks MCP on this process's own stdin and stdout.</summary>
    public static Command Create(CliConsole console)
    {
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "Longest wall-clock time of a run; a client may ask for less. Default 5s.",
            CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseDuration),
        };
        var memory = new Option<long?>("--memory")
        {
            Description = "Most memory a run may allocate (64MB, 1GB or bytes); a client may ask for less. Default 256MB.",
            CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseSize),
        };
        var maxOutput = new Option<long?>("--max-output")
        {
            Description = "Most characters of output a run keeps; a client may ask for less. Default 100000.",
            CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseSize),
        };
        var checkTimeout = new Option<TimeSpan?>("--check-timeout")
        {
            Description = "Longest time check_csharp may take to wait its turn, compile and analyze a script; a slower check answers rejected. Default 30s (the first check also warms the compiler up).",
            CustomParser = r => RunCommand.Parse(r, ValueParsers.ParseDuration),
        };
        var policyFile = new Option<string?>("--policy") { Description = "A policy file applied on top of the catalog (allowlist mode unless the file names a mode)." };
        var maxRuns = Count("--max-runs", "Runs this server answers in its life (one client session over stdio); after that run_csharp answers run_budget_exhausted. Default: no budget.");
        var workers = Count("--workers", "Warm worker processes. Default 1.");
        var queue = Count("--queue", "Runs that may wait for a worker; one more answers queue_full at once. Default 16.");
        var isolation = new Option<string?>("--isolation") { Description = $"worker (a separate process with OS limits) or inprocess (guards only, not an isolation boundary). Default: {ScriptExecutor.DefaultIsolation}." };
        isolation.AcceptOnlyFromAmong(ScriptExecutor.Worker, ScriptExecutor.InProcess);

        var mcp = new Command("mcp", "Serve run_csharp, check_csharp and the rules to an MCP client (an IDE assistant, a desktop agent) over stdio. Every run goes through the gate, the guards and a warm worker process.")
        {
            timeout, memory, maxOutput, checkTimeout, policyFile, maxRuns, workers, queue, isolation,
        };
        Examples.Attach(mcp, """
              coc mcp
              coc mcp --timeout 2s --memory 64MB --max-runs 50
              coc mcp --policy ChainOfCode.policy --workers 2
            """);

        mcp.SetAction(async (parse, cancellationToken) =>
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

            if (parse.GetValue(maxOutput) is { } o)
            {
                limits = limits with { MaxOutputChars = (int)Math.Min(o, int.MaxValue) };
            }

            GateOptions gate = GateOptions.Default;
            if (parse.GetValue(policyFile) is { } policyPath)
            {
                gate = GateOptions.FromPolicyText(PolicyLoader.ReadText(policyPath, "policy file"), policyPath);

                // The operator's to fix, not the model's: on standard error (the client's log) before serving.
                foreach (PolicyProblem problem in PolicyLoader.Problems(gate.Policy))
                {
                    console.Error.WriteLine("coc mcp: " + PolicyLoader.Describe(policyPath, problem));
                }
            }

            var toolOptions = new ChainOfCodeToolOptions { Limits = limits, Gate = gate, MaxRuns = parse.GetValue(maxRuns), CallerId = "mcp" };
            if (parse.GetValue(checkTimeout) is { } c)
            {
                toolOptions = toolOptions with { CheckTimeout = c };
            }

            if ((parse.GetValue(isolation) ?? ScriptExecutor.DefaultIsolation) == ScriptExecutor.InProcess)
            {
                await McpServerHost.ServeAsync(ChainOfCodeTools.CreateRunCSharpInProcess(new ScriptRunner(), toolOptions), toolOptions, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            WorkerPool pool = CreatePool(limits.MaxAllocatedBytes, parse.GetValue(workers) ?? 1, parse.GetValue(queue) ?? 16);
            await using (pool.ConfigureAwait(false))
            {
                // Warm the workers while the client connects, so that the first run does not pay the start.
                Task warm = pool.StartAsync(cancellationToken);
                await McpServerHost.ServeAsync(ChainOfCodeTools.CreateRunCSharp(pool, toolOptions), toolOptions, cancellationToken).ConfigureAwait(false);

                // Only observed: a worker that cannot start shows in the runs' results, and a cancelled warm-up is the shutdown.
                await warm.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return mcp;
    }

    private static WorkerPool CreatePool(long memoryLimitBytes, int workers, int queue)
    {
        var options = new WorkerPoolOptions
        {
            WorkerCount = workers,
            QueueCapacity = queue,
            MemoryLimitBytes = memoryLimitBytes,

            // The client is one model: --max-runs bounds it, and a model that learns from a rejection must not be locked out by it.
            ViolationThreshold = 0,
        };

        try
        {
            return new WorkerPool(options);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException("worker isolation is not available in this build (ChainOfCode.Worker.dll is not next to coc); use --isolation inprocess.");
        }
        catch (WorkerIsolationException e)
        {
            // Fail closed, as coc run does: no worker with weaker isolation than asked.
            throw new IsolationUnavailableException(e.Message);
        }
    }

    private static Option<int?> Count(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError($"{name}: must be a whole number of at least 1.");
            }
        });
        return option;
    }
}

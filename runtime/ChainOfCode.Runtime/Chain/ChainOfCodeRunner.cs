using System;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// Runs a Chain-of-Code program (Li et al., 2023): the interpreter runs every line it can, and the lines
/// it cannot — calls to functions the program never defines, statements that throw — go to an emulator
/// (a language model behind <see cref="ChatClientEmulator"/>, a <see cref="ScriptedEmulator"/>, or any
/// <see cref="IEmulator"/>), whose replies are parsed as typed JSON literals and never executed. The whole
/// program passes the same gate as any script and runs under the same guards, in process or in a worker
/// process of a <see cref="WorkerPool"/>, where the host answers the emulator's questions over the worker
/// protocol and the worker never reaches a model or a network.
/// </summary>
public sealed class ChainOfCodeRunner
{
    private readonly ScriptRunner? runner;
    private readonly WorkerPool? pool;
    private readonly string callerId;

    /// <summary>Runs programs in process with <see cref="ScriptRunner.Shared"/>, under the guards only (defense in depth, not an isolation boundary).</summary>
    public ChainOfCodeRunner()
        : this(ScriptRunner.Shared)
    {
    }

    /// <summary>Runs programs in process with <paramref name="runner"/> (its logging and kill switch), under the guards only.</summary>
    public ChainOfCodeRunner(ScriptRunner runner)
    {
        this.runner = runner ?? throw new ArgumentNullException(nameof(runner));
        callerId = "chain";
    }

    /// <summary>Runs programs in the pool's worker processes, as the caller "chain".</summary>
    public ChainOfCodeRunner(WorkerPool pool)
        : this(pool, "chain")
    {
    }

    /// <summary>Runs programs in the pool's worker processes; <paramref name="callerId"/> is the caller repeated violations suspend.</summary>
    public ChainOfCodeRunner(WorkerPool pool, string callerId)
    {
        this.pool = pool ?? throw new ArgumentNullException(nameof(pool));
        this.callerId = callerId ?? throw new ArgumentNullException(nameof(callerId));
    }

    /// <summary>
    /// Runs <paramref name="program"/> on <paramref name="question"/> (its text input). Never throws for
    /// anything the program or the emulator does; the status says how it ended.
    /// </summary>
    public Task<ChainResult> RunAsync(string program, string question, IEmulator emulator, ChainOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(emulator);
        options ??= ChainOptions.Default;
        options = options with { Run = options.Run with { Input = question } };
        var broker = new EmulationBroker(emulator, options);
        return pool is not null
            ? pool.RunChainAsync(program, options, broker, callerId, cancellationToken)
            : RunInProcessAsync(program, options, broker, cancellationToken);
    }

    private async Task<ChainResult> RunInProcessAsync(string program, ChainOptions options, EmulationBroker broker, CancellationToken cancellationToken)
    {
        using var chain = new ChainRun(options, new BrokerChannel(broker), cancellationToken);
        ScriptResult result = await runner!.RunChainAsync(program, options.Run, chain, cancellationToken).ConfigureAwait(false);
        return chain.Complete(result, broker.Calls);
    }
}

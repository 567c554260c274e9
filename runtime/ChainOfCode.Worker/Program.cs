using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Chain;
using ChainOfCode.Runtime.Isolation;

namespace ChainOfCode.Worker;

/// <summary>
/// The worker process. Reads framed requests from the host, runs each with the runtime's own
/// <see cref="ScriptRunner"/> (same gate, same guards, same statuses as in-process) and writes framed
/// responses carrying the host's nonce on a channel no script can reach.
/// </summary>
internal static class Program
{
    public static async Task<int> Main()
    {
        // First of all: the protocol channel leaves the standard streams; the console goes nowhere.
        (Stream requests, Stream responses) = ProtocolChannel.Capture();
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        Console.SetIn(TextReader.Null);

        // Read the test-only switch once and remove it from the environment.
        bool probes = Environment.GetEnvironmentVariable(WorkerEnvironment.UnsafeProbe) == "1";
        Environment.SetEnvironmentVariable(WorkerEnvironment.UnsafeProbe, null);

        byte[]? first = await WorkerFraming.ReadFrameAsync(requests).ConfigureAwait(false);
        if (first is null)
        {
            return 0;
        }

        WorkerMessage init = WorkerMessage.FromBytes(first);
        if (init.Kind != WorkerMessage.InitKind || string.IsNullOrEmpty(init.Nonce))
        {
            return 2;
        }

        string nonce = init.Nonce;
        ScriptRunner.WarmUp();

        // The runner's critical events (an abandoned run) travel back with the result; the host re-raises them.
        var critical = new List<SecurityEvent>();
        var runner = new ScriptRunner(new ScriptRunnerOptions { OnCritical = e => { lock (critical) { critical.Add(e); } } });
        var reader = new RequestReader(requests);
        reader.Start();
        await Send(responses, new WorkerMessage { Kind = WorkerMessage.ReadyKind, Nonce = nonce }).ConfigureAwait(false);

        while (true)
        {
            WorkerMessage request;
            CancellationToken token;
            try
            {
                (request, token) = await reader.ReadAsync().ConfigureAwait(false);
            }
            catch (ChannelClosedException e) when (e.InnerException is null)
            {
                return 0;
            }

            lock (critical)
            {
                critical.Clear();
            }

            ChainResult? chain = request.Kind == WorkerMessage.ChainKind
                ? await RunChainAsync(runner, request, new HostEmulator(reader, responses, nonce, request.Id), token).ConfigureAwait(false)
                : null;
            ScriptResult result = request.Kind switch
            {
                WorkerMessage.RunKind => await RunAsync(runner, request, token).ConfigureAwait(false),
                WorkerMessage.ChainKind => chain!.ToScriptResult(),
                WorkerMessage.ProbeKind when probes => RawProbes.Run(request.Code ?? string.Empty, request.Input, responses, nonce, request.Id),
                _ => new ScriptResult { Status = ScriptStatus.Rejected, Error = "The worker does not accept this request." },
            };
            List<SecurityEvent>? events;
            lock (critical)
            {
                events = critical.Count == 0 ? null : [.. critical.Take(WorkerMessage.MaxEvents)];
            }

            // A run that left script code running elsewhere (it ends at its next checkpoint, but may sit in a library
            // call) must not share the process with the next run: the host replaces this worker at once.
            await Send(responses, new WorkerMessage
            {
                Kind = WorkerMessage.ResultKind,
                Nonce = nonce,
                Id = request.Id,
                Result = result,
                Events = events,
                Trace = chain is null ? null : [.. chain.Trace],
                TraceTruncated = chain?.TraceTruncated,
                Recycle = result.LeftWork ? true : null,
            }).ConfigureAwait(false);
        }
    }

    // The last policy a run sent: a caller usually sends the same one run after run, and the gate caches
    // its analyzer per Policy object.
    private static (string Text, GateOptions Options)? lastPolicy;

    /// <summary>The gate options of a run's policy text (the host sends it with its mode), or the default script options.</summary>
    private static GateOptions GateFromPolicyText(string? text)
    {
        if (text is null)
        {
            return GateOptions.Default;
        }

        if (lastPolicy is { } last && last.Text == text)
        {
            return last.Options;
        }

        GateOptions options = GateOptions.FromPolicyText(text);
        lastPolicy = (text, options);
        return options;
    }

    /// <summary>A run; the host's cancel frame cancels <paramref name="token"/> (the runner answers <c>killed</c> with the output so far).</summary>
    private static Task<ScriptResult> RunAsync(ScriptRunner runner, WorkerMessage request, CancellationToken token) =>
        request is { VettedName: { } name, VettedSha256: { } sha256, VettedFingerprint: { } fingerprint }
            ? runner.RunVettedAsync(new VettedScript(name, request.Code ?? string.Empty, sha256, fingerprint), RunOptionsOf(request), token)
            : runner.RunAsync(request.Code ?? string.Empty, RunOptionsOf(request), token);

    /// <summary>A Chain-of-Code run; its emulator is the host (malformed replies were already retried there).</summary>
    private static Task<ChainResult> RunChainAsync(ScriptRunner runner, WorkerMessage request, HostEmulator host, CancellationToken token)
    {
        var options = new ChainOptions
        {
            Run = RunOptionsOf(request),
            MaxEmulatorCalls = request.MaxEmulatorCalls ?? ChainOptions.Default.MaxEmulatorCalls,
            MaxRetries = 0,
            EmulatorTimeout = TimeSpan.FromMilliseconds(request.EmulatorTimeoutMs ?? (int)ChainOptions.Default.EmulatorTimeout.TotalMilliseconds),
            EmulateFailingStatements = request.EmulateFailingStatements ?? true,
            MaxTraceEntries = request.MaxTraceEntries ?? ChainOptions.Default.MaxTraceEntries,
        };
        return new ChainOfCodeRunner(runner).RunAsync(request.Code ?? string.Empty, request.Input ?? string.Empty, host, options, token);
    }

    private static RunOptions RunOptionsOf(WorkerMessage request)
    {
        GateOptions gate = GateFromPolicyText(request.PolicyText);
        if (request.MaxSourceLength is int length)
        {
            gate = gate with { MaxSourceLength = length };
        }

        if (request.MaxNesting is int nesting)
        {
            gate = gate with { MaxNesting = nesting };
        }

        return new RunOptions
        {
            Gate = gate,
            Limits = request.Limits ?? RunLimits.Default,
            InputLimits = request.InputLimits ?? InputLimits.Default,
            Input = request.Input,
            Args = request.Args,
            ArgsJson = request.ArgsJson,
            ArgsShape = request.ArgsShape,
        };
    }

    private static Task Send(Stream responses, WorkerMessage message) => WorkerFraming.WriteFrameAsync(responses, message.ToBytes());
}

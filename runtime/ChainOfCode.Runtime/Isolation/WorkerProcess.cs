using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Isolation;

/// <summary>
/// One worker process: started through the <see cref="WorkerLauncher"/>, warmed up, then one run at a time.
/// The host owns the deadline; a worker that does not answer in time is killed with its whole process
/// tree (by process id), and a worker that dies is classified from its exit code and its last stderr lines.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly string workDirectory;
    private readonly WorkerCgroup? cgroup;
    private readonly string nonceText;
    private readonly Stream input;
    private readonly WorkerResponseReader reader;
    private readonly StderrTail stderr = new();
    private long nextId;
    private int disposed;

    private WorkerProcess(Process process, string workDirectory, WorkerCgroup? cgroup)
    {
        this.process = process;
        this.workDirectory = workDirectory;
        this.cgroup = cgroup;
        nonceText = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        input = process.StandardInput.BaseStream;
        reader = new WorkerResponseReader(process.StandardOutput.BaseStream, nonceText, Kill);
        ProcessId = process.Id;
    }

    /// <summary>The worker's process id (the process tree that is killed hangs from it).</summary>
    public int ProcessId { get; }

    /// <summary>Runs served so far.</summary>
    public int Runs { get; private set; }

    /// <summary>True once the process has ended or was killed.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return Volatile.Read(ref disposed) != 0 || process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>CPU time the worker's process tree used so far, and the resident memory of its largest process now.</summary>
    public (TimeSpan Cpu, long ResidentBytes) Usage => ProcessTreeUsage.Of(process, ProcessId);

    /// <summary>Starts a worker and waits until it has warmed up and said ready.</summary>
    /// <param name="launcher">Builds the command line and the environment.</param>
    /// <param name="startupTimeout">Time to get ready.</param>
    /// <param name="started">Told of the process as soon as it exists (so a kill switch can reach it during warm-up).</param>
    /// <param name="cancellationToken">Kills the warming worker.</param>
    public static async Task<WorkerProcess> StartAsync(WorkerLauncher launcher, TimeSpan startupTimeout, Action<WorkerProcess> started, CancellationToken cancellationToken)
    {
        string workDirectory = Path.Combine(Path.GetTempPath(), "coc-worker-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant());
        Directory.CreateDirectory(workDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(workDirectory, launcher.WorkDirectoryMode);
        }

        Process process;
        WorkerCgroup? cgroup = null;
        try
        {
            cgroup = launcher.CreateCgroup();
            process = Process.Start(launcher.CreateStartInfo(workDirectory, cgroup)) ?? throw new InvalidOperationException("The worker process did not start.");
        }
        catch
        {
            cgroup?.Dispose();
            TryDeleteDirectory(workDirectory);
            throw;
        }

        var worker = new WorkerProcess(process, workDirectory, cgroup);
        try
        {
            started(worker);
            worker.BeginReading();
            await WorkerFraming.WriteFrameAsync(worker.input, new WorkerMessage { Kind = WorkerMessage.InitKind, Nonce = worker.nonceText }.ToBytes(), cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(startupTimeout);
            WorkerMessage ready = await worker.reader.Messages.ReadAsync(timeout.Token).ConfigureAwait(false);
            if (ready.Kind != WorkerMessage.ReadyKind)
            {
                throw new WorkerProtocolException("The worker's first message is not 'ready'.");
            }

            return worker;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever failed, the process and its directory go now: a worker that is not ready is never handed out.
            string why = e is OperationCanceledException && !cancellationToken.IsCancellationRequested ? "it did not get ready in time" : worker.DescribeDeath();
            worker.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw new WorkerStartException(MessageSanitizer.Sanitize("The worker process failed to start: " + why));
        }
    }

    /// <summary>
    /// Sends one run (or probe) and waits for its answer until <paramref name="deadline"/>; never hangs on a dead worker.
    /// A chain run's questions for the emulator are answered through <paramref name="emulate"/> meanwhile; the time
    /// the host spends answering does not count against the deadline. A question in any other run, or one that
    /// belongs to another run, is a protocol violation. <paramref name="stopToken"/> (the emergency stop, disposal)
    /// kills the worker at once; <paramref name="cancelToken"/> (the caller's) sends the worker a cancel frame and waits
    /// up to <paramref name="cancelGrace"/> for its answer (the output and usage so far), then kills it.
    /// </summary>
    public async Task<WorkerOutcome> ExchangeAsync(
        WorkerMessage request,
        TimeSpan deadline,
        string isolation,
        Action<int>? sent,
        Func<Chain.EmulationRequest, CancellationToken, Task<Chain.EmulationAnswer>>? emulate,
        CancellationToken stopToken,
        CancellationToken cancelToken = default,
        TimeSpan cancelGrace = default)
    {
        Runs++;
        long id = ++nextId;
        request = request with { Id = id, Nonce = nonceText };
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopToken, cancelToken);
        try
        {
            await WorkerFraming.WriteFrameAsync(input, request.ToBytes(), either.Token).ConfigureAwait(false);
            try
            {
                sent?.Invoke(ProcessId);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An observer's failure is not the run's.
            }

            try
            {
                return await AnswerAsync(id, deadline, isolation, emulate, cancelled: false, either.Token, stopToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancelToken.IsCancellationRequested && !stopToken.IsCancellationRequested)
            {
                // The caller cancelled: the worker stops the run at its next checkpoint and answers with what it has,
                // as an in-process run does. Its questions are no longer answered (the cancel ends the wait for one).
                using var grace = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
                grace.CancelAfter(cancelGrace);
                var cancel = new WorkerMessage { Kind = WorkerMessage.CancelKind, Nonce = nonceText, Id = id };
                await WorkerFraming.WriteFrameAsync(input, cancel.ToBytes(), grace.Token).ConfigureAwait(false);
                WorkerOutcome answered = await AnswerAsync(id, cancelGrace, isolation, emulate, cancelled: true, grace.Token, stopToken).ConfigureAwait(false);

                // Whatever the run answered, the worker that ran it is replaced, as after every cancelled run.
                return answered with { Recycle = true };
            }
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            Kill();
            return Failed(ScriptStatus.Killed, "The run was ended by the emergency stop.", isolation);
        }
        catch (OperationCanceledException) when (cancelToken.IsCancellationRequested)
        {
            Kill();
            return Failed(ScriptStatus.Killed, "The run was cancelled; the worker did not stop it in time and was killed.", isolation);
        }
        catch (OperationCanceledException)
        {
            Kill();
            return Failed(ScriptStatus.Timeout, "The worker did not answer by the deadline and was killed.", isolation);
        }
        catch (Exception e) when (e is WorkerProtocolException || (e is ChannelClosedException && reader.Violation is not null))
        {
            string message = reader.Violation ?? e.Message;
            Kill();
            return Failed(ScriptStatus.Crashed, "The worker broke the protocol and was killed.", isolation) with { Violation = message };
        }
        catch (Exception e) when (e is IOException or ChannelClosedException or ObjectDisposedException)
        {
            if (stopToken.IsCancellationRequested || cancelToken.IsCancellationRequested)
            {
                Kill();
                return Failed(ScriptStatus.Killed, stopToken.IsCancellationRequested ? "The run was ended by the emergency stop." : "The run was cancelled.", isolation);
            }

            await WaitForExitAsync().ConfigureAwait(false);
            (ScriptStatus status, string message) = WorkerExit.Classify(ExitCodeOrMinusOne(), stderr.ToString(), cgroup?.OutOfMemoryKilled == true);
            return Failed(status, message, isolation);
        }
    }

    /// <summary>
    /// Reads the worker's answer to run <paramref name="id"/> until <paramref name="deadline"/> (the time spent answering
    /// its questions does not count). Once the run was <paramref name="cancelled"/>, a question is passed over unanswered.
    /// </summary>
    private async Task<WorkerOutcome> AnswerAsync(
        long id,
        TimeSpan deadline,
        string isolation,
        Func<Chain.EmulationRequest, CancellationToken, Task<Chain.EmulationAnswer>>? emulate,
        bool cancelled,
        CancellationToken token,
        CancellationToken stopToken)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan answering = TimeSpan.Zero;
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            TimeSpan left = deadline + answering - clock.Elapsed;
            timeout.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            WorkerMessage answer = await reader.Messages.ReadAsync(timeout.Token).ConfigureAwait(false);
            if (answer.Id == id && answer.Kind == WorkerMessage.EmulateKind && emulate is not null && answer.Emulation is { } question)
            {
                if (cancelled)
                {
                    continue;
                }

                TimeSpan start = clock.Elapsed;
                Chain.EmulationAnswer reply = await emulate(question, token).ConfigureAwait(false);
                var back = new WorkerMessage { Kind = WorkerMessage.AnswerKind, Nonce = nonceText, Id = id, Reply = reply.Value?.GetRawText(), Failure = reply.Failure };

                // Only the emergency stop interrupts this write: a cancel never leaves half a frame on the channel.
                await WorkerFraming.WriteFrameAsync(input, back.ToBytes(), stopToken).ConfigureAwait(false);
                answering += clock.Elapsed - start;
                continue;
            }

            if (answer.Id != id || answer.Kind != WorkerMessage.ResultKind || answer.Result is null)
            {
                throw new WorkerProtocolException("The worker answered out of turn.");
            }

            return new WorkerOutcome(answer.Result with { Isolation = isolation }, Recycle: answer.Recycle == true)
            {
                Events = answer.Events ?? [],
                Trace = answer.Trace ?? [],
                TraceTruncated = answer.TraceTruncated ?? false,
            };
        }
    }

    /// <summary>Kills the worker's whole process tree by process id; safe to call any number of times.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException or AggregateException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits (bounded) until the process is gone and reaped.</summary>
    public void WaitForExit(TimeSpan timeout)
    {
        try
        {
            process.WaitForExit(timeout);
        }
        catch (SystemException)
        {
            // Gone or never started.
        }
    }

    /// <summary>Kills the worker if it still runs, waits for it, and removes its working directory.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        Kill();
        try
        {
            process.WaitForExit(10_000);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or SystemException)
        {
            // Nothing more to wait for.
        }

        process.Dispose();

        // Whatever the worker left in its cgroup dies with it; the cgroup's directories go.
        cgroup?.Dispose();
        TryDeleteDirectory(workDirectory);
    }

    private static WorkerOutcome Failed(ScriptStatus status, string message, string isolation) =>
        new(new ScriptResult { Status = status, Error = MessageSanitizer.Sanitize(message), Isolation = isolation }, Recycle: true);

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover empty temp directory is harmless; the worker could not write into it anyway.
        }
    }

    private void BeginReading()
    {
        stderr.Attach(process);
        reader.Start();
    }

    private async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The protocol channel closed but the process lingers: it is of no use any more.
            Kill();
            try
            {
                process.WaitForExit(5_000);
            }
            catch (SystemException)
            {
                // Gone.
            }
        }
    }

    private int ExitCodeOrMinusOne()
    {
        try
        {
            return process.HasExited ? process.ExitCode : -1;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private string DescribeDeath()
    {
        if (reader.Violation is { } violation)
        {
            return violation;
        }

        Kill();
        try
        {
            process.WaitForExit(5_000);
        }
        catch (SystemException)
        {
            // Gone.
        }

        return WorkerExit.Classify(ExitCodeOrMinusOne(), stderr.ToString(), cgroup?.OutOfMemoryKilled == true).Message;
    }
}

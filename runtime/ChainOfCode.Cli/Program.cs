using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;

namespace ChainOfCode.Cli;

internal static class Program
{
    /// <summary>
    /// How long coc may take to wind down after Ctrl+C or SIGTERM before it exits anyway: a run ends as
    /// <c>killed</c> (its worker killed) and a check stops at once when the work observes the cancellation,
    /// but compiler work on hostile input does not always observe it (overload resolution over nested lambdas).
    /// </summary>
    internal static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        int signalled = 0;
        Timer? deadline = null;
        void OnSignal(PosixSignalContext context)
        {
            int code = 128 + context.Signal switch
            {
                PosixSignal.SIGINT => 2,
                PosixSignal.SIGQUIT => 3,
                PosixSignal.SIGHUP => 1,
                _ => 15,
            };
            if (Interlocked.CompareExchange(ref signalled, code, 0) != 0)
            {
                // A second signal: end coc the usual way, at once.
                context.Cancel = false;
                return;
            }

            // The first: cancel the work (the run ends as "killed" and its worker is killed with it), and make sure
            // coc is gone within the grace even if the work cannot stop (a compile stuck inside the compiler).
            context.Cancel = true;
            cancellation.Cancel();
            deadline = new Timer(
                _ =>
                {
                    Console.Error.WriteLine("coc: interrupted");
                    Environment.Exit(code);
                },
                null,
                ShutdownGrace,
                Timeout.InfiniteTimeSpan);
        }

        var registrations = new List<PosixSignalRegistration>();
        foreach (PosixSignal signal in OperatingSystem.IsWindows()
            ? new[] { PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM }
            : new[] { PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }

        try
        {
            int exit = CocApp.Run(args, Console.In, Console.Out, Console.Error, cancellation.Token);
            return Volatile.Read(ref signalled) is int code and > 0 && exit != ExitCodes.RunFailed ? code : exit;
        }
        finally
        {
            deadline?.Dispose();
            foreach (PosixSignalRegistration registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}

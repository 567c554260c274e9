using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace ChainOfCode.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Ctrl+C or SIGTERM cancels the run (it ends as "killed", and its worker is killed with it) instead of
        // ending coc at once and orphaning the worker. A second Ctrl+C ends coc the usual way.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        using PosixSignalRegistration? term = OperatingSystem.IsWindows()
            ? null
            : PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = !cancellation.IsCancellationRequested;
                cancellation.Cancel();
            });

        return CocApp.Run(args, Console.In, Console.Out, Console.Error, cancellation.Token);
    }
}

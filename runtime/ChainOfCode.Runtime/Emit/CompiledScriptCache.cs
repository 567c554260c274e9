using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// A small bounded cache of compiled scripts keyed by the gate options and the code: a caller that runs
/// the same script again skips the gate, the rewrite and the emit, and callers that run it at the same time
/// share one compile (the compile counts against every run's deadline; fifty of them at once must not each
/// pay it). Cleared whole when it fills up; a compile that failed or was cancelled is never kept.
/// </summary>
internal static class CompiledScriptCache
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<(GateOptions Options, string Code, bool Chain, bool Vetted), Lazy<CompiledScript>> Cache = new();

    /// <summary>The compiled script of <paramref name="code"/>, compiled by <paramref name="compile"/> once for every caller that asks at the same time.</summary>
    /// <param name="code">The script.</param>
    /// <param name="options">The gate's options.</param>
    /// <param name="compile">Compiles under <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">This caller's compile token (its run's deadline).</param>
    /// <param name="chain">Keeps Chain-of-Code compiles (another rewrite of the same text) apart.</param>
    /// <param name="vetted">Keeps compiles whose analysis was skipped (a vetted script) apart from the gate's.</param>
    public static CompiledScript GetOrAdd(string code, GateOptions options, Func<CompiledScript> compile, CancellationToken cancellationToken, bool chain = false, bool vetted = false)
    {
        var key = (options, code, chain, vetted);
        while (true)
        {
            if (!Cache.TryGetValue(key, out Lazy<CompiledScript>? entry))
            {
                if (Cache.Count >= Capacity)
                {
                    Cache.Clear();
                }

                entry = Cache.GetOrAdd(key, new Lazy<CompiledScript>(compile, LazyThreadSafetyMode.ExecutionAndPublication));
            }

            try
            {
                return entry.Value;
            }
            catch (Exception e)
            {
                Cache.TryRemove(new KeyValuePair<(GateOptions, string, bool, bool), Lazy<CompiledScript>>(key, entry));

                // Another run's compile ended with that run's deadline: this run compiles under its own.
                if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    continue;
                }

                throw;
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace ChainOfCode.Runtime;

/// <summary>
/// A small bounded cache of compiled scripts keyed by the gate options and the code: a caller that runs
/// the same script again skips the gate, the rewrite and the emit, and callers that run it at the same time
/// share one compile (the compile counts against every run's deadline; fifty of them at once must not each
/// pay it). Cleared whole when it fills up, by count or by bytes (<see cref="CapacityBytes"/>: an entry's code, image,
/// PDB and findings, so 512 scripts near the size cap cannot keep hundreds of megabytes); a compile that failed or was
/// cancelled is never kept.
/// </summary>
internal static class CompiledScriptCache
{
    /// <summary>Entries kept at most.</summary>
    public const int Capacity = 512;

    /// <summary>Bytes kept at most, about (512 small scripts take 3-4 MB; a script at the 100,000-character cap up to 0.5 MB).</summary>
    public const long CapacityBytes = 16L * 1024 * 1024;

    private static readonly ConcurrentDictionary<(GateOptions Options, string Code, bool Chain, bool Vetted), Lazy<CompiledScript>> Cache = new();
    private static long bytes;

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
            Lazy<CompiledScript>? created = null;
            if (!Cache.TryGetValue(key, out Lazy<CompiledScript>? entry))
            {
                if (Cache.Count >= Capacity || Volatile.Read(ref bytes) >= CapacityBytes)
                {
                    Clear();
                }

                created = new Lazy<CompiledScript>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
                entry = Cache.GetOrAdd(key, created);
            }

            try
            {
                CompiledScript compiled = entry.Value;
                if (ReferenceEquals(entry, created))
                {
                    // Counted once, by the caller whose entry went in (the key's text too: two bytes a character).
                    Interlocked.Add(ref bytes, compiled.RetainedBytes + (2L * code.Length));
                }

                return compiled;
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

    /// <summary>The entries kept and their bytes, about (tests and benchmarks).</summary>
    public static (int Count, long Bytes) Size => (Cache.Count, Volatile.Read(ref bytes));

    /// <summary>Drops every entry (the count of bytes is approximate under concurrent adds: an entry whose compile ends after a clear is counted after it).</summary>
    public static void Clear()
    {
        Cache.Clear();
        Interlocked.Exchange(ref bytes, 0);
    }
}

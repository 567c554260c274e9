using System;
using System.Collections.Concurrent;

namespace ChainOfCode.Runtime;

/// <summary>
/// A small bounded cache of compiled scripts keyed by the gate options and the code: a caller that runs
/// the same script again skips the gate, the rewrite and the emit. Cleared whole when it fills up.
/// </summary>
internal static class CompiledScriptCache
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<(GateOptions Options, string Code, bool Chain), CompiledScript> Cache = new();

    /// <summary>The compiled script of <paramref name="code"/>; <paramref name="chain"/> keeps Chain-of-Code compiles (another rewrite of the same text) apart.</summary>
    public static CompiledScript GetOrAdd(string code, GateOptions options, Func<CompiledScript> compile, bool chain = false)
    {
        if (Cache.TryGetValue((options, code, chain), out CompiledScript? cached))
        {
            return cached;
        }

        CompiledScript compiled = compile();
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        Cache.TryAdd((options, code, chain), compiled);
        return compiled;
    }
}

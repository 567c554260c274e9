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
    private static readonly ConcurrentDictionary<(GateOptions Options, string Code), CompiledScript> Cache = new();

    public static CompiledScript GetOrAdd(string code, GateOptions options, Func<CompiledScript> compile)
    {
        if (Cache.TryGetValue((options, code), out CompiledScript? cached))
        {
            return cached;
        }

        CompiledScript compiled = compile();
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        Cache.TryAdd((options, code), compiled);
        return compiled;
    }
}

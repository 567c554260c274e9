using System.Runtime.CompilerServices;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// How the runtime compiles the per-callback path. An analyzer assembly is compiled just in time in the compiler's
/// process, and a build keeps the JIT busy with the compiler's own code for its whole length, so the runtime's
/// tiering delay (no promotion to optimized code while new code is still being compiled) kept every one of this
/// analyzer's methods at unoptimized tier 0 for a whole analysis of 50,000 lines (seen in a <c>perf</c> profile of
/// <c>--profile corpus ordinary</c>). The methods that run once per operation, node or symbol are compiled
/// optimized on their first call instead; the rest (once per symbol and compilation, behind the verdict cache) tier as usual.
/// </summary>
internal static class Jit
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}

using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime.ScriptCalls;

/// <summary>
/// The extensions a guarded script calls where a guarded call's receiver sits in a <c>?.</c> chain and cannot leave
/// it (<c>r?.Matches(s)</c>, <c>a?.b.IsMatch(s)</c>, <c>keys?.Distinct()</c>, <c>a?.b.Replace(x, y)</c>): the guard rewrite writes
/// <c>r?.__cocRegexCalls(__cocRun).Matches(s)</c> and imports this namespace, so the call is guarded as it is outside a
/// chain. Their names have the prefix the gate refuses in a script's own code.
/// </summary>
public static class GuardedChainCalls
{
    /// <summary>The extension's name for a regex call.</summary>
    internal const string RegexCallsName = "__cocRegexCalls";

    /// <summary>The extension's name for a match's <c>Result</c>.</summary>
    internal const string MatchCallsName = "__cocMatchCalls";

    /// <summary>The extension's name for a receiver a call's check needs held.</summary>
    internal const string HoldName = "__cocHold";

    /// <summary>The extension's name for a sequence of keys.</summary>
    internal const string KeysName = "__cocKeys";

#pragma warning disable CA1707, IDE1006, SA1300 // the reserved prefix
    /// <summary>As <see cref="ScriptGuard.RegexCalls"/>.</summary>
    public static GuardedRegex __cocRegexCalls(this Regex regex, ScriptGuard guard) => guard.RegexCalls(regex);

    /// <summary>As <see cref="ScriptGuard.MatchCalls"/>.</summary>
    public static GuardedMatch __cocMatchCalls(this Match match, ScriptGuard guard) => guard.MatchCalls(match);

    /// <summary>As <see cref="ScriptGuard.Hold{T}"/> (a reference: the call still runs on the same object).</summary>
    public static T __cocHold<T>(this T value, ScriptGuard guard)
        where T : class => guard.Hold(value);

    /// <summary>As <see cref="ScriptGuard.Keys{T}"/>.</summary>
    public static IEnumerable<T> __cocKeys<T>(this IEnumerable<T> values, ScriptGuard guard) => guard.Keys(values)!;
#pragma warning restore CA1707, IDE1006, SA1300
}

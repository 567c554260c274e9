using System;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime;

/// <summary>Regular expressions of the static Regex methods with a constant pattern: one instance per call site.</summary>
public sealed partial class ScriptGuard
{
    private Regex?[] regexSites = [];

    /// <summary>
    /// The regex of call site <paramref name="site"/> (a static <c>Regex.IsMatch</c>, <c>Match</c> or <c>Count</c> whose
    /// pattern and options are constants), with the run's timeout (<see cref="RegexTimeout"/>: a checkpoint, and the time
    /// left rounded down). Kept while that timeout stays the same, so a call in a loop neither parses the pattern nor
    /// looks it up in Regex's cache (a hash of the pattern, the culture and the timeout); a new timeout, a new instance.
    /// </summary>
    public Regex Regex(int site, string pattern, RegexOptions options)
    {
        TimeSpan timeout = RegexTimeout;
        if ((uint)site < (uint)regexSites.Length && regexSites[site] is { } cached && cached.MatchTimeout == timeout)
        {
            return cached;
        }

        var regex = new Regex(pattern, options & ~RegexOptions.Compiled, timeout);
        if (site >= 0 && site < 100_000)
        {
            if (site >= regexSites.Length)
            {
                Array.Resize(ref regexSites, site + 1);
            }

            regexSites[site] = regex;
        }

        return regex;
    }
}

using System;
using System.Threading;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime;

/// <summary>Regular expressions of the static Regex methods with a constant pattern: one instance per call site.</summary>
public sealed partial class ScriptGuard
{
    /// <summary>Calls of an <c>IsMatch</c> site on the interpreter before it is compiled.</summary>
    internal const int CompiledRegexAfterCalls = 8_192;

    /// <summary>The longest pattern compiled (the emitted code grows with the pattern: 217 ms for one of 340 characters).</summary>
    internal const int CompiledRegexMaxPatternChars = 32;

    /// <summary>Sites compiled in one run at most: each holds emitted code (native memory the budget does not see).</summary>
    internal const int MaxCompiledRegexSites = 16;

    private readonly object regexSitesGate = new();
    private Regex?[] regexSites = [];
    private int compiledRegexSites;

    // Per IsMatch site: its calls so far (negative once it is compiled or stays interpreted) and its compiled instance.
    private CompiledSite?[] compiledSites = [];

    private sealed class CompiledSite
    {
        public int Calls;
        public TimedRegex? Regex;
        public int Thread;
    }

    /// <summary>A regex whose match timeout can be set between matches (each match reads it when it starts).</summary>
    private sealed class TimedRegex(string pattern, RegexOptions options, TimeSpan timeout) : Regex(pattern, options, timeout)
    {
        public void SetTimeout(TimeSpan timeout) => internalMatchTimeout = timeout;
    }

    /// <summary>
    /// The regex of call site <paramref name="site"/> (a static <c>Regex.Match</c> or <c>Count</c> whose pattern and
    /// options are constants), with the run's timeout (<see cref="RegexTimeout"/>: a checkpoint, and the time left
    /// rounded down). Kept while that timeout stays the same, so a call in a loop neither parses the pattern nor looks
    /// it up in Regex's cache (a hash of the pattern, the culture and the timeout); a new timeout, a new instance.
    /// </summary>
    public Regex Regex(int site, string pattern, RegexOptions options) => SiteRegex(site, pattern, options, RegexTimeout);

    /// <summary>
    /// <c>Regex.IsMatch(input, pattern, options)</c> at call site <paramref name="site"/> (a constant pattern and
    /// options): one checkpoint, then the site's instance with the run's timeout as in <see cref="Regex"/>. A site called
    /// <see cref="CompiledRegexAfterCalls"/> times with a pattern of at most <see cref="CompiledRegexMaxPatternChars"/>
    /// characters is then compiled (<see cref="RegexOptions.Compiled"/>, at most <see cref="MaxCompiledRegexSites"/>
    /// sites a run: the same engine and the same answers, its code emitted and optimized once, about 0.5-2.5 ms, where
    /// the interpreter walks the pattern's opcodes on every match) for the rest of the run, on the thread that compiled
    /// it. Its match timeout is still the time left, set before every match (a compiled regex checks the timeout it
    /// reads when a match starts; built with a finite one, its code has the checks), so every match still ends by the
    /// deadline.
    /// </summary>
    public bool IsMatch(int site, string pattern, RegexOptions options, string input)
    {
        Checkpoint();
        TimeSpan timeout = RegexTimeLeft();
        CompiledSite?[] sites = compiledSites;
        if ((uint)site < (uint)sites.Length && sites[site] is { } entry)
        {
            if (entry.Regex is { } compiled && entry.Thread == Environment.CurrentManagedThreadId)
            {
                compiled.SetTimeout(timeout);
                return compiled.IsMatch(input);
            }

            // Counted with Interlocked: under a policy that allows threads, several may call the site at once, and the
            // call that reaches the count (exactly one) decides; the count then stays far below zero.
            if (entry.Calls >= 0 && Interlocked.Increment(ref entry.Calls) == CompiledRegexAfterCalls)
            {
                entry.Calls = int.MinValue;
                if (pattern.Length <= CompiledRegexMaxPatternChars && (options & RegexOptions.NonBacktracking) == 0
                    && Interlocked.Increment(ref compiledRegexSites) <= MaxCompiledRegexSites)
                {
                    // The linear engine takes its timeout when it is built, so a NonBacktracking site stays as it is.
                    entry.Thread = Environment.CurrentManagedThreadId;
                    Volatile.Write(ref entry.Regex, new TimedRegex(pattern, options | RegexOptions.Compiled, timeout));
                }
            }
        }
        else if (site >= 0 && site < MaxRegexSites)
        {
            lock (regexSitesGate)
            {
                if (site >= compiledSites.Length)
                {
                    var grown = new CompiledSite?[site + 1];
                    Array.Copy(compiledSites, grown, compiledSites.Length);
                    compiledSites = grown;
                }

                if (compiledSites[site] is { } other)
                {
                    // Another thread made the entry first: this call counts on it.
                    Interlocked.Increment(ref other.Calls);
                }
                else
                {
                    compiledSites[site] = new CompiledSite { Calls = 1 };
                }
            }
        }

        return SiteRegex(site, pattern, options, timeout).IsMatch(input);
    }

    private GuardedRegexStatics? regexStatics;

    /// <summary>A script's regex instance with its calls and method groups checked (<see cref="GuardedRegex"/>).</summary>
    public GuardedRegex RegexCalls(Regex regex) => new(this, regex);

    /// <summary>A script's match with its <c>Result</c> checked (<see cref="GuardedMatch"/>).</summary>
    public GuardedMatch MatchCalls(Match match) => new(this, match);

    /// <summary>The static Regex methods for their method groups, guarded as calls are (<see cref="GuardedRegexStatics"/>).</summary>
    public GuardedRegexStatics RegexStatics => regexStatics ??= new GuardedRegexStatics(this);

    /// <summary>
    /// A <c>Replace</c>'s <c>MatchEvaluator</c>, counted as it answers: <c>Replace</c> keeps every answer and joins them
    /// into one string after the last match, with no checkpoint in between, so the characters answered so far (as
    /// bytes) are checked against the budget after each answer. An evaluator that returns the same 10-million-character
    /// string at each of 100 matches stops at the budget instead of building a 2 GB string.
    /// </summary>
    public MatchEvaluator? Evaluator(MatchEvaluator? evaluator) => evaluator is null ? null : new CountedEvaluator(this, evaluator).Evaluate;

    private sealed class CountedEvaluator(ScriptGuard guard, MatchEvaluator evaluator)
    {
        private long chars;

        public string Evaluate(Match match)
        {
            string answer = evaluator(match);
            chars += answer?.Length ?? 0;
            guard.CheckBytes(chars > long.MaxValue / 2 ? long.MaxValue : chars * 2);
            return answer!;
        }
    }

    /// <summary>A call's worst case on <paramref name="regex"/> over an input of <paramref name="length"/> characters, against the budget.</summary>
    internal void CheckRegex(Regex regex, int length, long perMatch)
    {
        if (regex is null)
        {
            throw new NullReferenceException();
        }

        CheckBytes(AmplifiedSizes.RegexWork(length, AmplifiedSizes.RegexGroups(regex), perMatch));
    }

    /// <summary>As <see cref="CheckRegex"/> for a static call: the pattern's length, then its parentheses as groups (a negative length: no input).</summary>
    internal void CheckRegexPattern(string? pattern, int length, long perMatch)
    {
        Pattern(pattern);
        if (length >= 0)
        {
            CheckBytes(AmplifiedSizes.RegexWork(length, AmplifiedSizes.PatternGroups(pattern), perMatch));
        }
    }

    /// <summary>
    /// <c>Matches</c> or <c>Split</c> on <paramref name="regex"/> from <paramref name="startat"/>: the worst case, a
    /// match at every position, when it fits the budget; else the matches counted first (<c>EnumerateMatches</c>, the same
    /// engine, timeout and start, which keeps no match: only the captures, checked before it runs; it stops at the first
    /// match past what the budget left holds) and the call checked
    /// with that count, (matches + 1) × <paramref name="perMatch"/> plus the captures' worst case. Still an upper
    /// bound, not an estimate: 1 MiB of words has about 190,000 matches of <c>\w+</c>, not a million.
    /// </summary>
    internal void CheckRegexMatches(Regex regex, string? input, int startat, long perMatch)
    {
        if (regex is null)
        {
            throw new NullReferenceException();
        }

        if (input is null)
        {
            return;
        }

        long groups = AmplifiedSizes.RegexGroups(regex);
        if (FitsBudget(AmplifiedSizes.RegexWork(input.Length, groups, perMatch)))
        {
            return;
        }

        long captures = AmplifiedSizes.RegexWork(input.Length, groups, 0);
        CheckBytes(captures);

        // Counted up to the first match past what the budget left holds, so counting costs at most what the call may
        // keep (a million one-character matches under the default budget, not the ten million of the input).
        MeasureAllocation();
        long limit = Math.Max(0, maxAllocated - allocated - captures) / perMatch;
        long matches = input.Length;
        if ((uint)startat <= (uint)input.Length)
        {
            matches = 0;
            foreach (ValueMatch _ in regex.EnumerateMatches(input.AsSpan(), startat))
            {
                if (++matches >= limit)
                {
                    break;
                }
            }
        }

        CheckBytes(AmplifiedSizes.Sum(AmplifiedSizes.RegexWork(matches, 0, perMatch), captures));
    }

    internal bool FitsBudget(long bytes)
    {
        MeasureAllocation();
        return bytes <= maxAllocated - allocated;
    }

    private const int MaxRegexSites = 100_000;

    /// <summary>Whether IsMatch site <paramref name="site"/> matches with compiled code now (for the tests).</summary>
    internal bool IsCompiled(int site) => compiledSites is var sites && (uint)site < (uint)sites.Length && sites[site]?.Regex is not null;

    private Regex SiteRegex(int site, string pattern, RegexOptions options, TimeSpan timeout)
    {
        Regex?[] sites = regexSites;
        if ((uint)site < (uint)sites.Length && sites[site] is { } cached && cached.MatchTimeout == timeout)
        {
            return cached;
        }

        var regex = new Regex(pattern, options & ~RegexOptions.Compiled, timeout);
        if (site >= 0 && site < MaxRegexSites)
        {
            // Grown under a lock and read once per call (sites): threads the policy allows never shrink it under another.
            lock (regexSitesGate)
            {
                if (site >= regexSites.Length)
                {
                    var grown = new Regex?[site + 1];
                    Array.Copy(regexSites, grown, regexSites.Length);
                    regexSites = grown;
                }

                regexSites[site] = regex;
            }
        }

        return regex;
    }
}

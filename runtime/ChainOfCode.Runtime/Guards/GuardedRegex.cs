using System;
using System.Text.RegularExpressions;

namespace ChainOfCode.Runtime;

// Each member is the Regex member of the same name and parameters, guarded as the type's summary says.
#pragma warning disable CS1591

/// <summary>
/// A script's regex instance as the guard rewrite calls it: <c>r.IsMatch(s)</c> is <c>__cocRun.RegexCalls(r).IsMatch(s)</c>,
/// and the method group <c>r.IsMatch</c> is <c>__cocRun.RegexCalls(r).IsMatch</c>, the same overloads, so a delegate
/// made of one checks as a call does. Each checks the call's worst case against the allocation budget
/// (<see cref="AmplifiedSizes.RegexWork(long, long, long)"/>: the instance's capture groups, counted once per instance)
/// after every argument is evaluated, then calls the instance. A <c>MatchEvaluator</c> is counted as it answers
/// (<see cref="ScriptGuard.Evaluator"/>).
/// </summary>
public readonly struct GuardedRegex
{
    private readonly ScriptGuard guard;
    private readonly Regex regex;

    internal GuardedRegex(ScriptGuard guard, Regex regex)
    {
        this.guard = guard;
        this.regex = regex;
    }

    public int Count(string input) => Checked(input, 0).Count(input);

    public int Count(ReadOnlySpan<char> input) => Checked(input.Length, 0).Count(input);

    public int Count(ReadOnlySpan<char> input, int startat) => Checked(input.Length, 0).Count(input, startat);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => Checked(input.Length, 0).EnumerateMatches(input);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, int startat) => Checked(input.Length, 0).EnumerateMatches(input, startat);

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input) => Checked(input.Length, 0).EnumerateSplits(input);

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count) => Checked(input.Length, 0).EnumerateSplits(input, count);

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count, int startat) => Checked(input.Length, 0).EnumerateSplits(input, count, startat);

    public bool IsMatch(string input) => Checked(input, 0).IsMatch(input);

    public bool IsMatch(string input, int startat) => Checked(input, 0).IsMatch(input, startat);

    public bool IsMatch(ReadOnlySpan<char> input) => Checked(input.Length, 0).IsMatch(input);

    public bool IsMatch(ReadOnlySpan<char> input, int startat) => Checked(input.Length, 0).IsMatch(input, startat);

    public Match Match(string input) => Checked(input, 0).Match(input);

    public Match Match(string input, int startat) => Checked(input, 0).Match(input, startat);

    public Match Match(string input, int beginning, int length) => Checked(input, 0).Match(input, beginning, length);

    public MatchCollection Matches(string input) => Counted(input, 0, AmplifiedSizes.RegexBytesPerMatch).Matches(input);

    public MatchCollection Matches(string input, int startat) => Counted(input, startat, AmplifiedSizes.RegexBytesPerMatch).Matches(input, startat);

    public string Replace(string input, string replacement) => Replaced(input, replacement).Replace(input, replacement);

    public string Replace(string input, string replacement, int count) => Replaced(input, replacement).Replace(input, replacement, count);

    public string Replace(string input, string replacement, int count, int startat) => Replaced(input, replacement).Replace(input, replacement, count, startat);

    public string Replace(string input, MatchEvaluator evaluator) => Checked(input, 0).Replace(input, guard.Evaluator(evaluator)!);

    public string Replace(string input, MatchEvaluator evaluator, int count) => Checked(input, 0).Replace(input, guard.Evaluator(evaluator)!, count);

    public string Replace(string input, MatchEvaluator evaluator, int count, int startat) => Checked(input, 0).Replace(input, guard.Evaluator(evaluator)!, count, startat);

    public string[] Split(string input) => Counted(input, RightToLeftStart(input), AmplifiedSizes.RegexBytesPerPiece).Split(input);

    public string[] Split(string input, int count) => Counted(input, RightToLeftStart(input), AmplifiedSizes.RegexBytesPerPiece).Split(input, count);

    public string[] Split(string input, int count, int startat) => Counted(input, startat, AmplifiedSizes.RegexBytesPerPiece).Split(input, count, startat);

    private Regex Checked(string? input, long perMatch) => input is null ? Receiver() : Checked(input.Length, perMatch);

    private Regex Checked(int length, long perMatch)
    {
        guard.CheckRegex(Receiver(), length, perMatch);
        return regex;
    }

    // Matches and Split: counted when the worst case does not fit (ScriptGuard.CheckRegexMatches).
    private Regex Counted(string input, int startat, long perMatch)
    {
        guard.CheckRegexMatches(Receiver(), input, startat, perMatch);
        return regex;
    }

    // Where Split without a start begins: the end of the input for a right-to-left regex, as Split does.
    private int RightToLeftStart(string? input) => Receiver().RightToLeft && input is not null ? input.Length : 0;

    private Regex Replaced(string? input, string? replacement)
    {
        Regex checkedRegex = Checked(input, 0);
        guard.CheckBytes(AmplifiedSizes.RegexReplacement(input, replacement));
        return checkedRegex;
    }

    // The call the script wrote throws NullReferenceException on a null instance, after its arguments.
    private Regex Receiver() => regex ?? throw new NullReferenceException();
}

/// <summary>
/// A script's match as the guard rewrite calls it: <c>m.Result(r)</c> is <c>__cocRun.MatchCalls(m).Result(r)</c> (in a
/// <c>?.</c> chain <c>m?.__cocMatchCalls(__cocRun).Result(r)</c>), and the method group <c>m.Result</c> is
/// <c>__cocRun.MatchCalls(m).Result</c>. The replacement's text is checked against the allocation budget before the call
/// (<see cref="AmplifiedSizes.MatchResult"/>): every group reference copies its group again.
/// </summary>
public readonly struct GuardedMatch
{
    private readonly ScriptGuard guard;
    private readonly Match match;

    internal GuardedMatch(ScriptGuard guard, Match match)
    {
        this.guard = guard;
        this.match = match;
    }

    public string Result(string replacement)
    {
        // The call the script wrote throws NullReferenceException on a null match, after its argument.
        Match checkedMatch = match ?? throw new NullReferenceException();
        guard.CheckBytes(AmplifiedSizes.MatchResult(checkedMatch, replacement));
        return checkedMatch.Result(replacement);
    }
}

/// <summary>
/// The static Regex methods as the guard rewrite turns their method groups (<c>Regex.Split</c> passed to <c>Zip</c>,
/// <c>Func&lt;string, string, bool&gt; f = Regex.IsMatch;</c>): the same overloads, each with the guards a call gets
/// (the pattern's length, <c>Compiled</c> dropped, the run's timeout or a timeout capped at it, the worst case against
/// the allocation budget, a <c>MatchEvaluator</c> counted as it answers).
/// </summary>
public sealed class GuardedRegexStatics
{
    private readonly ScriptGuard guard;

    internal GuardedRegexStatics(ScriptGuard guard) => this.guard = guard;

    public int Count(string input, string pattern) => Count(input, pattern, RegexOptions.None);

    public int Count(string input, string pattern, RegexOptions options) => Regex.Count(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public int Count(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.Count(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public int Count(ReadOnlySpan<char> input, string pattern) => Count(input, pattern, RegexOptions.None);

    public int Count(ReadOnlySpan<char> input, string pattern, RegexOptions options) => Regex.Count(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public int Count(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.Count(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern) => EnumerateMatches(input, pattern, RegexOptions.None);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options) => Regex.EnumerateMatches(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.EnumerateMatches(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern) => EnumerateSplits(input, pattern, RegexOptions.None);

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options) => Regex.EnumerateSplits(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public Regex.ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.EnumerateSplits(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public bool IsMatch(string input, string pattern) => IsMatch(input, pattern, RegexOptions.None);

    public bool IsMatch(ReadOnlySpan<char> input, string pattern) => IsMatch(input, pattern, RegexOptions.None);

    public bool IsMatch(string input, string pattern, RegexOptions options) => Regex.IsMatch(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options) => Regex.IsMatch(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.IsMatch(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.IsMatch(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public Match Match(string input, string pattern) => Match(input, pattern, RegexOptions.None);

    public Match Match(string input, string pattern, RegexOptions options) => Regex.Match(Checked(input, pattern, 0), pattern, guard.Options(options), guard.RegexTimeout);

    public Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.Match(Checked(input, pattern, 0), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public MatchCollection Matches(string input, string pattern) => Matches(input, pattern, RegexOptions.None);

    public MatchCollection Matches(string input, string pattern, RegexOptions options) => Regex.Matches(Counted(input, pattern, options, AmplifiedSizes.RegexBytesPerMatch), pattern, guard.Options(options), guard.RegexTimeout);

    public MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.Matches(Counted(input, pattern, options, AmplifiedSizes.RegexBytesPerMatch), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    public string Replace(string input, string pattern, string replacement) => Replace(input, pattern, replacement, RegexOptions.None);

    public string Replace(string input, string pattern, string replacement, RegexOptions options) => Regex.Replace(Replaced(input, pattern, replacement), pattern, replacement, guard.Options(options), guard.RegexTimeout);

    public string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout) => Regex.Replace(Replaced(input, pattern, replacement), pattern, replacement, guard.Options(options), guard.CapTimeout(matchTimeout));

    public string Replace(string input, string pattern, MatchEvaluator evaluator) => Replace(input, pattern, evaluator, RegexOptions.None);

    public string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) => Regex.Replace(Checked(input, pattern, 0), pattern, guard.Evaluator(evaluator)!, guard.Options(options), guard.RegexTimeout);

    public string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options, TimeSpan matchTimeout) => Regex.Replace(Checked(input, pattern, 0), pattern, guard.Evaluator(evaluator)!, guard.Options(options), guard.CapTimeout(matchTimeout));

    public string[] Split(string input, string pattern) => Split(input, pattern, RegexOptions.None);

    public string[] Split(string input, string pattern, RegexOptions options) => Regex.Split(Counted(input, pattern, options, AmplifiedSizes.RegexBytesPerPiece), pattern, guard.Options(options), guard.RegexTimeout);

    public string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => Regex.Split(Counted(input, pattern, options, AmplifiedSizes.RegexBytesPerPiece), pattern, guard.Options(options), guard.CapTimeout(matchTimeout));

    private string Checked(string input, string pattern, long perMatch)
    {
        guard.CheckRegexPattern(pattern, input?.Length ?? -1, perMatch);
        return input!;
    }

    // Matches and Split: the worst case when it fits, else counted on an instance of the pattern with the time left
    // (ScriptGuard.CheckRegexMatches).
    private string Counted(string input, string pattern, RegexOptions options, long perMatch)
    {
        guard.Pattern(pattern);
        if (input is not null && pattern is not null && !guard.FitsBudget(AmplifiedSizes.RegexWork(input.Length, AmplifiedSizes.PatternGroups(pattern), perMatch)))
        {
            var regex = new Regex(pattern, guard.Options(options), guard.RegexTimeLeft());
            guard.CheckRegexMatches(regex, input, regex.RightToLeft ? input.Length : 0, perMatch);
        }

        return input!;
    }

    private ReadOnlySpan<char> Checked(ReadOnlySpan<char> input, string pattern, long perMatch)
    {
        guard.CheckRegexPattern(pattern, input.Length, perMatch);
        return input;
    }

    private string Replaced(string input, string pattern, string replacement)
    {
        Checked(input, pattern, 0);
        guard.CheckBytes(AmplifiedSizes.RegexReplacement(input, replacement));
        return input;
    }
}

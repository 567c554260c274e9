using System;
using System.Linq;
using System.Runtime.CompilerServices;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>What the gate checks a script against.</summary>
public sealed record GateOptions
{
    /// <summary>The default for scripts: the catalog in allowlist mode, caps of 100,000 characters and 200 levels.</summary>
    public static GateOptions Default { get; } = new();

    /// <summary>The mode of a script's policy when no policy names one: only the allowed surface may be used.</summary>
    public const PolicyMode DefaultScriptMode = ScriptDialect.DefaultMode;

    /// <summary>The rule set. Default: <c>Policy.Default.WithMode(DefaultScriptMode)</c>.</summary>
    public Policy Policy { get; init; } = Policy.Default.WithMode(DefaultScriptMode);

    /// <summary>Longest accepted script, in characters.</summary>
    public int MaxSourceLength { get; init; } = ScriptDialect.DefaultMaxSourceLength;

    /// <summary>Deepest accepted nesting of brackets and chained expressions, measured before parsing.</summary>
    public int MaxNesting { get; init; } = ScriptDialect.DefaultMaxNesting;

    /// <summary>
    /// Options whose policy is the catalog plus a policy text (the policy-file format). The text's
    /// <c>mode:</c> line wins; without one, scripts get allowlist mode. Bad lines (COC0090/COC0092)
    /// come back from the gate as warnings.
    /// </summary>
    public static GateOptions FromPolicyText(string text, string path = "policy")
    {
        PolicyDocument document = PolicyParser.Parse(text, path);
        Policy policy = Policy.FromDocuments([document]);
        return ForScripts(policy, modeNamed: document.Mode is not null);
    }

    /// <summary>
    /// Options for scripts checked against <paramref name="policy"/>: its own mode when a policy file or the
    /// user named one (<paramref name="modeNamed"/>), else <see cref="DefaultScriptMode"/>.
    /// </summary>
    public static GateOptions ForScripts(Policy policy, bool modeNamed) =>
        new() { Policy = ScriptDialect.ForScripts(policy, modeNamed) };

    /// <summary>
    /// The SHA-256 (hex) of the catalog, the policy and the caps: what a <see cref="VettedScript"/> must have been
    /// vetted under to skip the gate's analysis (the generated <c>ProjectPolicy.Fingerprint</c> for <c>ProjectPolicy.Options</c>).
    /// </summary>
    public string Fingerprint => PolicyFingerprint.Of(Policy, MaxSourceLength, MaxNesting);

    /// <summary>
    /// True when the policy may let a script's code run on other threads: the threads capability (COC0007) is off or not
    /// an error, or one of the user's exceptions (a <c>!</c> line) overlaps a symbol it covers. A script that then starts
    /// threads (<see cref="StartsThreads"/>) gets a guard that counts steps, depth and allocations so that threads running
    /// at once cannot lose counts (<see cref="ScriptGuard"/>, <c>Guards/ScriptGuard.Threads.cs</c>); the default policy
    /// refuses threads and keeps the single-threaded counters.
    /// </summary>
    internal bool AllowsThreads
    {
        get
        {
            Capability? threads = Policy.GetCapability(ThreadsCapability);
            if (threads is not { IsEnabled: true, Severity: DiagnosticSeverity.Error })
            {
                return true;
            }

            foreach (PolicyEntry exception in Policy.UserEntries)
            {
                if (exception.IsAllow && threads.Entries.Any(entry => Overlaps(exception.Id, entry.Id)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private const string ThreadsCapability = "COC0007";

    // A policy's threads capability alone, enforced (the catalog's symbols and the project's own additions): what the
    // default policy refuses a script for starting threads, and what the project says starts them.
    private static readonly ConditionalWeakTable<Policy, CapabilityAnalyzer> ThreadsProbes = new();

    /// <summary>
    /// True when an accepted script may run its code on other threads at once, so that its run's guard must count in
    /// shared mode (<see cref="ScriptGuard"/>, <c>Guards/ScriptGuard.Threads.cs</c>): the policy allows threads
    /// (<see cref="AllowsThreads"/>) and the script uses something COC0007 covers (the catalog's symbols and features, and
    /// those the policy adds to it, whatever its switch and exceptions), as the gate's own analyzer finds it on
    /// <paramref name="model"/> (the gate's model of the accepted tree). A script that uses none of
    /// it is one the default policy's COC0007 would pass too: its code runs on one thread at a time, as under the default
    /// policy, and the default's counters are exact for it. A tree the analyzer's walk could not see whole
    /// (<see cref="ScriptShapeChecks.WalkedWhole"/>) counts as starting threads.
    /// </summary>
    internal bool StartsThreads(SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        AllowsThreads
        && (!ScriptShapeChecks.WalkedWhole(model.SyntaxTree, model, cancellationToken)
            || !ScriptAnalyzerDriver.Analyze(model, [ThreadsProbes.GetValue(Policy, static p => new CapabilityAnalyzer(p.WithOnlyCapability(ThreadsCapability)))], cancellationToken).IsEmpty);

    // One ID names a symbol inside the other's (a namespace, a type and its members, a wildcard), compared without
    // parameter lists: an overlap too wide only costs the run the threads' counters.
    private static bool Overlaps(string a, string b)
    {
        static string Stem(string id) => id.Split('(')[0].TrimEnd('*');
        string x = Stem(a);
        string y = Stem(b);
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>Options whose policy is the catalog plus a policy file read by the host.</summary>
    public static GateOptions FromPolicyFile(string path) => FromPolicyText(System.IO.File.ReadAllText(path), System.IO.Path.GetFileName(path));
}

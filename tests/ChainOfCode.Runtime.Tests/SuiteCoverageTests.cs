using System.Reflection;
using System.Text.RegularExpressions;
using ChainOfCode.Analyzers;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The suite covers every rule and every status: each rule has an analyzer test, a gate test and a real-effect
/// attack (tests/Shared/RealEffects.cs), each status is produced by a script the suite runs (a containment case or a
/// real-effect attack), or an exemption below says why not and names the test that covers it instead.
/// </summary>
public sealed class SuiteCoverageTests
{
    private enum Layer
    {
        Analyzer,
        Gate,
        RealEffect,
    }

    /// <summary>Why a rule has no test of a layer, and which test covers the claim instead ("-" when none can).</summary>
    private static readonly Dictionary<(string Rule, Layer Layer), string> RuleExemptions = new()
    {
        [("COC0011", Layer.RealEffect)] = "- a type outside the allowed surface has no effect of its own: each effect is a capability rule's, with its attack",
        [("COC0012", Layer.RealEffect)] = "- the effect is whatever the project's own entry bans",
        [("COC0090", Layer.RealEffect)] = "- a policy-file diagnostic: nothing runs",
        [("COC0091", Layer.RealEffect)] = "- a policy-file diagnostic: nothing runs",
        [("COC0092", Layer.RealEffect)] = "- a policy-file diagnostic: nothing runs",
        [("COC0013", Layer.Gate)] = "- a source generator's rule: reported at build time on the host's input types, never on a script",
        [("COC0013", Layer.RealEffect)] = "- a source generator's rule: no script runs",
        [("COC0014", Layer.RealEffect)] = "- a source generator's rule: no script runs",
        [("COC0015", Layer.Gate)] = "- a source generator's rule: reported at build time on the host's input types, never on a script",
        [("COC0015", Layer.RealEffect)] = "- a source generator's rule: no script runs",
        [("COCR0007", Layer.Gate)] = "- reported by coc check for a file it could not check, not by the gate",
        [("COCR0007", Layer.RealEffect)] = "- nothing runs: the file was not checked",
        [("COCC0001", Layer.Gate)] = "- open: a Chain-of-Code rule (the chain compiler refuses the program); no runtime test names its ID yet",
        [("COCC0001", Layer.RealEffect)] = "- nothing runs: the program is refused before it is compiled",
        [("COCR0001", Layer.RealEffect)] = "CompilerContainmentTests: the cap keeps the compiler from ever seeing the input",
        [("COCR0002", Layer.RealEffect)] = "CompilerContainmentTests: deeper nesting overflows the compiler's stack; the cap answers first",
        [("COCR0005", Layer.Gate)] = "- fails closed on a statement shape the operation walk misses: no script is known to reach it (one that did would be a bug there)",
        [("COCR0005", Layer.RealEffect)] = "- as above: no script is known to reach it",
    };

    /// <summary>Statuses no script of the containment cases or real-effect attacks produces, and the test that does.</summary>
    private static readonly Dictionary<ScriptStatus, string> StatusExemptions = new()
    {
        [ScriptStatus.Crashed] = "HostileWorkerTests.A_real_stack_overflow_kills_only_the_worker: a real stack overflow crashes its worker (a probe); a script that overflows the stack in library code, which in process kills the host, crashes its worker where it has no memory cgroup (ContainmentWorkerTests.Library_recursion_the_guards_cannot_see_kills_only_the_worker, docs/runtime.md)",
        [ScriptStatus.Killed] = "KillSwitchTests.Emergency_stop_kills_a_running_script_refuses_new_runs_and_logs_a_critical_event: the operator's emergency stop, not the script",
        [ScriptStatus.QueueFull] = "WorkerPoolTests.A_full_queue_is_rejected_at_once_and_the_emergency_stop_ends_everything: pool admission, before any script runs",
        [ScriptStatus.CallerSuspended] = "WorkerPoolTests.Repeated_violations_suspend_the_caller_for_a_while: pool admission, before any script runs",
        [ScriptStatus.EmulationFailed] = "ChainRunnerTests.Replies_that_stay_malformed_end_the_run_with_emulation_failed: the emulator's answer, not the script",
        [ScriptStatus.NotVetted] = "VettedScriptRunTests.An_edited_text_is_refused_as_not_vetted: a vetted script's text or policy changed since the build; refused before the gate",
        [ScriptStatus.RunBudgetExhausted] = "RunCSharpArgumentTests.RunsPastTheBudgetAreRefused: the agent tool's budget of runs, before any script runs",
    };

    private static readonly Lazy<string> AnalyzerTestSources = new(() => Sources("ChainOfCode.Analyzers.Tests"));

    private static readonly Lazy<string> RuntimeTestSources = new(() => Sources("ChainOfCode.Runtime.Tests", except: nameof(SuiteCoverageTests) + ".cs"));

    public static TheoryData<string> Rules
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string rule in RuleIds())
            {
                data.Add(rule);
            }

            return data;
        }
    }

    public static TheoryData<ScriptStatus> Statuses
    {
        get
        {
            var data = new TheoryData<ScriptStatus>();
            foreach (ScriptStatus status in Enum.GetValues<ScriptStatus>())
            {
                data.Add(status);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_has_an_analyzer_test_a_gate_test_and_a_real_effect_test(string rule)
    {
        string[] constants = [.. typeof(ScriptGate).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && (f.GetRawConstantValue() as string) == rule).Select(f => "ScriptGate." + f.Name)];
        var mentioned = new Regex(@"\b(" + Regex.Escape(rule) + (constants.Length > 0 ? "|" + string.Join("|", constants.Select(Regex.Escape)) : string.Empty) + @")\b");
        var missing = new List<string>();
        Check(Layer.Analyzer, mentioned.IsMatch(AnalyzerTestSources.Value));
        Check(Layer.Gate, mentioned.IsMatch(RuntimeTestSources.Value));
        Check(Layer.RealEffect, RealEffects.All.Any(e => e.Rule == rule));
        Assert.True(missing.Count == 0, rule + " lacks: " + string.Join(", ", missing));

        void Check(Layer layer, bool found)
        {
            bool exempt = RuleExemptions.ContainsKey((rule, layer));
            if (!found && !exempt)
            {
                missing.Add(layer + " test (or an exemption with its reason)");
            }

            if (found && exempt)
            {
                missing.Add("nothing for " + layer + ": it has a test now, remove the exemption");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_is_produced_by_a_script_the_suite_runs_or_exempted_with_the_test_that_produces_it(ScriptStatus status)
    {
        bool produced = ContainmentCases.All.Any(c => c.Expected == status)
            || RealEffects.All.Any(e => e.InProcess == status || e.InWorker == status);
        if (produced)
        {
            Assert.False(StatusExemptions.ContainsKey(status), $"{status} is produced by a script now: remove its exemption");
            return;
        }

        Assert.True(StatusExemptions.TryGetValue(status, out string? reason), $"No script of the suite ends {status}, and no exemption says why");
        string test = reason.Split(':')[0];
        string method = test.Contains('.', StringComparison.Ordinal) ? test[(test.IndexOf('.', StringComparison.Ordinal) + 1)..] : test;
        Assert.Contains(method, AllTestSources());
    }

    [Fact]
    public void Every_exemption_is_for_a_rule_that_exists_and_names_a_test_that_exists_or_says_none_can()
    {
        var rules = RuleIds().ToHashSet();
        foreach (((string rule, Layer layer), string reason) in RuleExemptions)
        {
            Assert.True(rules.Contains(rule), $"{rule} ({layer}) is exempted but is no rule");
            if (!reason.StartsWith("- ", StringComparison.Ordinal))
            {
                Assert.Contains(reason.Split(':')[0], AllTestSources());
            }
        }
    }

    /// <summary>Every rule a script or a project can break: the catalog's descriptors and the gate's own checks.</summary>
    private static IEnumerable<string> RuleIds() =>
        RuleDescriptors.All.Select(d => d.Id)
            .Concat(typeof(ScriptGate).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!)
                .Where(v => Regex.IsMatch(v, "^COC[A-Z]*[0-9]{4}$")))
            .Distinct()
            .Order(StringComparer.Ordinal);

    private static string AllTestSources() => AnalyzerTestSources.Value + RuntimeTestSources.Value + Sources("ChainOfCode.Worker.Tests") + Sources("Shared");

    private static string Sources(string project, string? except = null)
    {
        string directory = Path.Combine(HostileCorpus.RepositoryRoot(), "tests", project);
        return string.Concat(Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => except is null || Path.GetFileName(f) != except)
            .Select(File.ReadAllText));
    }
}

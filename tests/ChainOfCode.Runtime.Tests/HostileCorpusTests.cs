using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The hostile corpus (tests/corpus/hostile) through the gate and in process, in the child host: each script ends
/// with the one status its header states; a refused one never ran (no output, no step). The worker tests and
/// <c>coc check</c> run the same files.
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string> Scripts => HostileCorpus.Names();

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_gate_refuses_exactly_the_scripts_expected_to_be_rejected(string name)
    {
        CorpusScript script = HostileCorpus.Named(name);

        GateResult verdict = ScriptGate.Check(script.Code);

        GateVerdict expected = script.ExpectedStatus switch
        {
            ScriptStatus.Rejected => GateVerdict.Rejected,
            ScriptStatus.CompileError => GateVerdict.CompileError,
            _ => GateVerdict.Accepted,
        };
        Assert.True(expected == verdict.Verdict, $"{name}: {verdict.Verdict} {string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message))}");
        if (script.Rule is { } rule)
        {
            Assert.True(verdict.Diagnostics.Any(d => d.Id == rule && d.IsError), $"{name}: expected {rule}, got {string.Join(", ", verdict.Diagnostics.Select(d => d.Id))}");
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_hostile_script_ends_in_process_with_the_status_its_header_states(string name)
    {
        CorpusScript script = HostileCorpus.Named(name);
        ChildOutcome outcome = InProcessChild.CorpusOutcome(name);

        outcome.AssertStatus(script.ExpectedStatus);
        if (script.Refused)
        {
            Assert.Equal(string.Empty, outcome.Result!.Output);
            Assert.Equal(0, outcome.Result.Usage.Steps);
        }

        if (script.Rule is { } rule)
        {
            Assert.Contains(outcome.Result!.Diagnostics, d => d.Id == rule);
        }
    }

    [Fact]
    public void The_corpus_covers_every_class_of_the_guidelines_and_every_limit()
    {
        string[] classes = [.. HostileCorpus.All.Select(s => s.Class).Distinct()];
        Assert.Superset(
            new HashSet<string>
            {
                "file-system", "network", "process", "environment", "reflection", "native", "threads", "console", "directives", "loops", "memory",
                "recursion", "output", "stack", "exceptions", "compiler", "encodings", "finalizers", "host-reads", "results", "regex", "runtime-internals",
            },
            classes.ToHashSet());
        Assert.All(HostileCorpus.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Why), s.Name));
    }
}

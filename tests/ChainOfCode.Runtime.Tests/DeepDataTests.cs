using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// In process, recursion inside library code over deep data the script built (no script code at any level: a
/// compiler-written member of an anonymous type, tuples, structural comparers, chained query operators) never
/// overflows the run thread's stack: the stack is sized from the run's allocation budget, so whatever the budget lets
/// the script build fits, and a deeper chain ends the run with <c>memory_limit</c> while it is built.
/// </summary>
public sealed class DeepDataTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("deep-data");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deep_data_walked_by_library_code_ends_with_its_status_and_the_host_survives(string name) =>
        InProcessChild.Outcome(name).AssertStatus(ContainmentCases.Named(name).Expected);

    [Fact]
    public void A_system_that_refuses_the_budgets_stack_still_runs_the_script_on_its_share()
    {
        // 4,500 MiB of address space: the runtime, the compiler and the script's 64 MiB fit; the default budget's
        // 1,984 MiB stack does not (its thread's start throws OutOfMemoryException: it ended the host on 38597be).
        using var host = new ChildHost { AddressSpaceKiB = 4500L * 1024 };
        RunLimits limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(10), AbandonGrace = TimeSpan.FromSeconds(10) };

        ChildOutcome outcome = host.Run(new ChildRequest("small", "return 6 * 7;", limits, null));

        outcome.AssertStatus(ScriptStatus.Succeeded);
        Assert.Equal(42, Scripts.Value(outcome.Result!).GetInt32());
    }

    [Fact]
    public async Task The_guards_structural_comparers_answer_as_the_librarys()
    {
        ScriptResult result = await Scripts.RunAsync("""
            using System.Collections;
            object[] a = [1, new[] { 2, 3 }, null, "x"], b = [1, new[] { 2, 3 }, null, "x"], c = [1, new[] { 2, 4 }, null, "x"];
            var e = StructuralComparisons.StructuralEqualityComparer;
            return $"{e.Equals(a, b)} {e.Equals(a, c)} {e.GetHashCode(a) == e.GetHashCode(b)} {StructuralComparisons.StructuralComparer.Compare(new[] { 1, 2 }, new[] { 1, 3 })} {e.Equals(null, null)}";
            """);

        Assert.Equal("True False True -1 True", Scripts.Value(result).GetString());
    }
}

using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// In process, nothing a script puts on the stack gets below the guards' probe (large value types and frames are
/// refused; a record chain is bounded) and one call never allocates far past the budget.
/// </summary>
public sealed class StackAndMemoryTests
{
    public static TheoryData<string> StackCases => ContainmentCases.Names("stack");

    public static TheoryData<string> MemoryCases => ContainmentCases.Names("memory");

    [Theory]
    [MemberData(nameof(StackCases))]
    public void A_stack_attack_ends_with_its_status_and_the_host_survives(string name) =>
        InProcessChild.Outcome(name).AssertStatus(ContainmentCases.Named(name).Expected);

    [Theory]
    [MemberData(nameof(MemoryCases))]
    public void A_memory_attack_ends_with_its_status_within_the_budget(string name)
    {
        ChildOutcome outcome = InProcessChild.Outcome(name);
        outcome.AssertStatus(ContainmentCases.Named(name).Expected);

        // Stopped before the call, or at worst one checkpoint late: never gigabytes past a budget of 256 MiB.
        Assert.True(outcome.Result!.Usage.AllocatedBytes < 2 * RunLimits.Default.MaxAllocatedBytes, $"allocated {outcome.Result.Usage.AllocatedBytes} bytes");
    }

    [Fact]
    public async Task The_budget_holds_after_the_last_checkpoint()
    {
        ScriptResult result = await Scripts.RunAsync(ContainmentCases.Named("budget-checked-after-the-last-checkpoint").Code);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.StartsWith("The script allocated more than", result.Error, StringComparison.Ordinal);
    }
}

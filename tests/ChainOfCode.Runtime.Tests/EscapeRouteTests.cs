using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Script code the framework would run on the thread pool without the script naming a thread (a forced yield, a
/// cancellation's callbacks, a value-task source, a continuation scheduled by hand; a stream's, reader's or writer's
/// default asynchronous members in the hostile corpus), and a layout that reads one object as another, are refused
/// before they run, under a denylist policy too, and the host lives: on the pool's small stack a deep hash overflowed
/// and an exception was unhandled, both ending the host.
/// </summary>
public sealed class EscapeRouteTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("escapes");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Script_code_sent_to_the_thread_pool_or_a_layout_confusing_types_is_refused_and_the_host_survives(string name)
    {
        ContainmentCase item = ContainmentCases.Named(name);
        ChildOutcome outcome = InProcessChild.Outcome(name);

        outcome.AssertStatus(item.Expected);
        Assert.Contains(outcome.Result!.Diagnostics, d => d.Id == item.Rule);
        Assert.Equal(0, outcome.Result.Usage.Steps);
    }
}

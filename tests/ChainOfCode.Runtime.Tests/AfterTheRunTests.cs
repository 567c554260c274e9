using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Code a script would leave to run on the host's own threads after its run (a framework finalizer calling the
/// script's override, a process-wide handler the finalizer thread calls, a failed contract's FailFast) is refused
/// before it runs, under a denylist policy too, and the host lives.
/// </summary>
public sealed class AfterTheRunTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("after-the-run");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Code_left_for_the_hosts_threads_is_refused_and_the_host_survives(string name)
    {
        ContainmentCase item = ContainmentCases.Named(name);
        ChildOutcome outcome = InProcessChild.Outcome(name);

        outcome.AssertStatus(item.Expected);
        Assert.Contains(outcome.Result!.Diagnostics, d => d.Id == item.Rule);
        Assert.Equal(0, outcome.Result.Usage.Steps);
    }
}

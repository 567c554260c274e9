using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Every real-effect attack in process, the gate as shipped, in the child host (tests/Shared/RealEffects.cs): it
/// ends with its status and the canaries of this process saw nothing. The child's standard input and output are
/// its request channel, so a script that reached the host's Console.In or Console.Out breaks that channel and
/// shows here as a dead child.
/// </summary>
public sealed class RealEffectTests
{
    public static TheoryData<string> Attacks
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (RealEffect attack in RealEffects.All)
            {
                data.Add(attack.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public void An_attack_on_the_canaries_changes_nothing_in_process(string name)
    {
        RealEffect attack = RealEffects.All.Single(a => a.Name == name);
        ChildOutcome outcome = InProcessChild.RealEffectOutcome(name);

        outcome.AssertStatus(attack.InProcess);
        Canaries.AssertUntouched(name, outcome.Result!.ToJson());
    }

    [Fact]
    public void The_environment_secret_was_set_before_any_test_ran()
    {
        // Set by a module initializer of this assembly, so every pool and child started later inherits it.
        Assert.Equal(Canaries.Secret, Environment.GetEnvironmentVariable(Canaries.SecretVariable));
    }
}

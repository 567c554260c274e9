using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Worker.Tests;

/// <summary>
/// Every real-effect attack in a worker (tests/Shared/RealEffects.cs), its rule switched off by policy where a
/// policy can: the guards and the operating system alone stand between the script and the canaries of this
/// process (a 0600 file, the marker, the loopback listener, the marker process, /proc of the host, the
/// environment secret set before the pool started), and the canaries see nothing.
/// </summary>
[Collection(ProbePoolCollection.Name)]
public sealed class RealEffectWorkerTests(ProbePoolFixture fixture)
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

    private WorkerPool Pool => fixture.Pool;

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task An_attack_on_the_canaries_changes_nothing_in_the_worker(string name)
    {
        RealEffect attack = RealEffects.All.Single(a => a.Name == name);
        ScriptResult result = await Pool.RunAsync(attack.FilledCode, attack.InWorkerOptions);

        Assert.True(attack.InWorker == result.Status, $"{name}: expected {attack.InWorker} but got {result.ToJson()}");
        Canaries.AssertUntouched(name, result.ToJson());
    }
}

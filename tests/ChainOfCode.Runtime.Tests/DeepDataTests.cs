namespace ChainOfCode.Runtime.Tests;

/// <summary>Recursion the guards cannot see (compiler-synthesized record members over a deep structure) stays within the run thread's stack.</summary>
public sealed class DeepDataTests
{
    [Fact]
    public async Task A_deep_record_chain_hashes_without_killing_the_host()
    {
        ScriptResult result = await Scripts.RunHostileAsync("""
            record Node(Node Next, int Value);
            Node head = null;
            for (var i = 0; i < 100_000; i++) { head = new Node(head, i); }
            return head.GetHashCode() != 0 || true;
            """);

        Assert.True(result.Status is ScriptStatus.Succeeded or ScriptStatus.RecursionLimit or ScriptStatus.MemoryLimit, $"{result.Status}: {result.Error}");
    }
}

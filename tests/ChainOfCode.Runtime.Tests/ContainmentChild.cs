using System.Text.Json;
using ChainOfCode.Runtime;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// This test assembly doubles as a child host (its own entry point, <c>--containment-child</c>): it runs hostile
/// scripts in process, one per line of its standard input, and answers each with a line of JSON. A script that
/// gets past a guard kills the child, not the test host; the parent sees which one did.
/// </summary>
public static class ContainmentChild
{
    public const string Switch = "--containment-child";

    public static int Main(string[] args)
    {
        if (args is not [Switch])
        {
            Console.Error.WriteLine($"This is a test assembly; run it with {Switch} to host hostile scripts.");
            return 64;
        }

        ScriptRunner.WarmUp();
        var runner = new ScriptRunner();
        while (Console.In.ReadLine() is { } line)
        {
            ChildRequest request = JsonSerializer.Deserialize<ChildRequest>(line, ScriptJson.Options)!;
            var options = new RunOptions { Limits = request.Limits, Input = request.Input, Gate = request.Policy is null ? GateOptions.Default : GateOptions.FromPolicyText(request.Policy) };
            ScriptResult result = runner.RunAsync(request.Code, options).GetAwaiter().GetResult();
            Console.Out.WriteLine(JsonSerializer.Serialize(new ChildAnswer(request.Name, result), ScriptJson.Options));
            Console.Out.Flush();
        }

        return 0;
    }
}

/// <summary>One script for the child.</summary>
public sealed record ChildRequest(string Name, string Code, RunLimits Limits, string? Policy, string? Input = null);

/// <summary>The child's answer to one script.</summary>
public sealed record ChildAnswer(string Name, ScriptResult Result);

using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using ScriptHost;

// Worker processes under operating-system limits; the worker comes with the ChainOfCode.Runtime package.
await using var pool = new WorkerPool();

// 1. A script shipped with the application (Scripts/word_sorting.csx), vetted by the build under this project's
//    policy: the gate's analysis is not repeated, the guards and the worker apply, and an edited text is refused.
//    Its inputs are typed (SortTask, its item's Inputs): validated against their declared limits, written to JSON by
//    generated code, and read by the script as Args.Words and Args.Limit.
var task = new SortTask("syndrome therefrom sulfa bruckner gasify meal", Limit: 3);
ScriptResult sorted = await pool.RunVettedAsync(VettedScripts.WordSorting, task.ToRunOptions(new RunOptions { Gate = ProjectPolicy.Options }));
Print("word_sorting.csx", sorted);

// 2. A script written at run time (here read from stdin; in an agent, a model's answer), gated with the very rules
//    this project's build enforced: the catalog plus ChainOfCode.policy.
string generated = Console.In.ReadToEnd();
ScriptResult result = await pool.RunAsync(generated, new RunOptions { Gate = ProjectPolicy.Options });
Print("stdin", result);

static void Print(string name, ScriptResult result)
{
    foreach (string line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
    {
        Console.WriteLine($"{name} | {line}");
    }

    string outcome = result.Status == ScriptStatus.Succeeded
        ? $"{result.Value}"
        : string.Join("; ", result.Diagnostics.Select(d => $"{d.Id}: {d.Message}").DefaultIfEmpty(result.Error ?? ""));
    Console.WriteLine($"{name}: {result.Status} {outcome} [{result.Isolation}]");
}

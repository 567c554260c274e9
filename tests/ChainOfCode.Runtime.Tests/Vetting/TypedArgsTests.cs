using ChainOfCode.Runtime.Tests.Agents;

namespace ChainOfCode.Runtime.Tests.Vetting;

/// <summary>Typed inputs: with RunOptions.ArgsShape (a [ScriptInputs] type's ScriptShape) a script reads Args.Words, in process and in a worker that has none of the host's types.</summary>
public sealed class TypedArgsTests(AgentPoolFixture fixture) : IClassFixture<AgentPoolFixture>
{
    // What the script-inputs generator emits for: [ScriptInputs] partial record SortTask(string Words, int Limit, List<double> Weights).
    private static readonly RunOptions SortTask = new()
    {
        ArgsShape = "SortTask|Words:string;Limit:int;Weights:list<double>",
        ArgsJson = """{"words":"pear apple fig","limit":2,"weights":[0.5,2]}""",
        Limits = Scripts.Benign,
    };

    private const string Script = """
        var words = Args.Words.Split(' ').OrderBy(w => w, StringComparer.Ordinal).Take(Args.Limit);
        SortTask copy = Args with { Limit = 0 };
        return string.Join(" ", words) + " " + Args.Weights.Sum() + " " + copy.Limit;
        """;

    [Fact]
    public async Task A_script_reads_its_typed_inputs_in_process()
    {
        Assert.Equal("apple fig 2.5 0", Scripts.Value(await Scripts.RunAsync(Script, SortTask)).GetString());
    }

    [Fact]
    public async Task A_script_reads_its_typed_inputs_in_the_worker()
    {
        Assert.Equal("apple fig 2.5 0", Scripts.Value(await fixture.Pool.RunAsync(Script, SortTask)).GetString());
    }

    [Fact]
    public async Task The_gate_still_checks_the_script_with_typed_inputs()
    {
        ScriptResult result = await Scripts.RunAsync("return System.IO.File.ReadAllText(Args.Words);", SortTask);

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Equal(["COC0001"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Id).Distinct());
    }

    [Fact]
    public async Task The_untyped_arguments_stay_the_runtime_s()
    {
        ScriptResult result = await Scripts.RunAsync("return UntypedArgs.Count;", SortTask);

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains(result.Diagnostics, d => d.Id == ScriptGate.ReservedId);
    }

    [Fact]
    public async Task A_shape_that_is_not_a_description_is_refused()
    {
        ScriptResult result = await Scripts.RunAsync("return 1;", SortTask with { ArgsShape = "SortTask|Words:System.IO.File" });

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
    }

    [Fact]
    public async Task A_vetted_script_reads_its_typed_inputs()
    {
        var vetted = new VettedScript("typed.csx", Script, ChainOfCode.Analyzers.Scripts.PolicyFingerprint.Sha256Hex(Script), GateOptions.Default.Fingerprint);

        Assert.Equal("apple fig 2.5 0", Scripts.Value(await Scripts.Runner.RunVettedAsync(vetted, SortTask)).GetString());
    }
}

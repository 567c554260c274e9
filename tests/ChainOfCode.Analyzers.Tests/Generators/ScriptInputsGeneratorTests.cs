using System.Collections.Immutable;
using System.Reflection;
using ChainOfCode.Analyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ChainOfCode.Analyzers.Tests.Generators;

public sealed class ScriptInputsGeneratorTests
{
    private const string SortTask = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using ChainOfCode.Runtime;

        namespace MyApp;

        [ScriptInputs]
        public partial record SortTask([StringLength(20)] string Words, [Range(1, 100)] int Limit, IReadOnlyList<double> Weights);
        """;

    [Fact]
    public async Task The_generator_emits_validation_and_json_members()
    {
        var test = new GeneratorTest<ScriptInputsGenerator>();
        test.TestState.Sources.Add(("SortTask.cs", SortTask));
        test.TestState.GeneratedSources.Add((typeof(ScriptInputsGenerator), "MyApp.SortTask.ScriptInputs.g.cs", ExpectedSortTask.Replace("{{VERSION}}", GeneratorHarness.Version, StringComparison.Ordinal)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Members_that_hand_the_script_a_capability_are_COC0013()
    {
        var test = new GeneratorTest<ScriptInputsGenerator>();
        test.TestState.Sources.Add(("Bad.cs", """
            using System;
            using System.Collections.Generic;
            using ChainOfCode.Runtime;

            [ScriptInputs]
            public partial record Bad(System.IO.Stream {|#0:Data|}, Func<int> {|#1:Callback|}, List<object> {|#2:Items|}, System.Diagnostics.Process {|#3:Worker|}, string Name);
            """));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("COC0013", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Data", "System.IO.Stream", "a stream"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("COC0013", DiagnosticSeverity.Error).WithLocation(1).WithArguments("Callback", "System.Func<int>", "code to call"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("COC0013", DiagnosticSeverity.Error).WithLocation(2).WithArguments("Items", "System.Collections.Generic.List<object>", "an object of any type"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("COC0013", DiagnosticSeverity.Error).WithLocation(3).WithArguments("Worker", "System.Diagnostics.Process", "what COC0002 bans (Process and runtime control)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_type_that_is_not_partial_is_COC0015()
    {
        var test = new GeneratorTest<ScriptInputsGenerator>();
        test.TestState.Sources.Add(("Closed.cs", """
            [ChainOfCode.Runtime.ScriptInputs]
            public record {|#0:Closed|}(string Words);
            """));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("COC0015", DiagnosticSeverity.Error).WithLocation(0).WithArguments("'Closed' must be partial: the generator adds its validation and JSON members."));
        await test.RunAsync();
    }

    [Fact]
    public void The_generated_members_round_trip_and_refuse_what_breaks_a_limit()
    {
        const string Probe = """
            public static class Probe
            {
                public static string Run()
                {
                    var task = new MyApp.SortTask("pear apple", 3, new[] { 0.5, 2.0 });
                    string json = task.ToJson();
                    var back = MyApp.SortTask.FromJson(json);
                    string tooLong = string.Join(" ", new MyApp.SortTask(new string('x', 21), 3, new double[0]).Validate());
                    string outOfRange = string.Join(" ", new MyApp.SortTask("a", 101, new[] { double.NaN }).Validate());
                    string missing;
                    try { MyApp.SortTask.FromJson("{\"words\":\"a\"}"); missing = "read"; } catch (System.FormatException e) { missing = e.Message; }
                    return string.Join("|", json, back.Words + back.Limit + back.Weights.Count, tooLong, outOfRange, missing, task.ToRunOptions().ArgsJson == json);
                }
            }
            """;
        CSharpCompilation compilation = GeneratorHarness.Compilation(GeneratorHarness.RuntimeShape, SortTask, Probe);
        GeneratorHarness.Driver(new ScriptInputsGenerator(), ImmutableArray<AdditionalText>.Empty)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);

        using var image = new MemoryStream();
        var emit = generated.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assembly assembly = Assembly.Load(image.ToArray());
        string result = (string)assembly.GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;

        Assert.Equal(
            "{\"words\":\"pear apple\",\"limit\":3,\"weights\":[0.5,2]}|pear apple32|words has more than 20 characters.|limit must be between 1 and 100. weights[] must be a finite number.|'limit' is missing.|True",
            result);
    }

    [Fact]
    public void An_edit_to_unrelated_code_leaves_the_inputs_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(GeneratorHarness.RuntimeShape, SortTask, "class A { }");
        GeneratorDriver driver = GeneratorHarness.Driver(new ScriptInputsGenerator(), ImmutableArray<AdditionalText>.Empty).RunGenerators(compilation);
        SyntaxTree last = compilation.SyntaxTrees.Last();
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(last, CSharpSyntaxTree.ParseText("class A { int x; }", (CSharpParseOptions)last.Options, last.FilePath)));

        Assert.All(GeneratorHarness.Reasons(driver, TrackingNames.ScriptInputs), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private const string ExpectedSortTask = """
        // <auto-generated/>
        #nullable enable

        namespace MyApp
        {
            partial record SortTask
            {
                /// <summary>The inputs' shape for the gate (RunOptions.ArgsShape): the script reads <c>Args.Words</c>.</summary>
                public const string ScriptShape = "SortTask|Words:string;Limit:int;Weights:list<double>";

                /// <summary>What is wrong with these inputs (declared limits, else 10,000 items, 100,000 characters, finite numbers); empty when they are valid.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public global::System.Collections.Generic.IReadOnlyList<string> Validate()
                {
                    var problems = new global::System.Collections.Generic.List<string>();
                    if (Words is null) problems.Add("words" + " is required.");
                    else if (Words.Length > 20) problems.Add("words" + " has more than 20 characters.");
                    if ((double)Limit < (double)1L || (double)Limit > (double)100L) problems.Add("limit" + " must be between 1 and 100.");
                    if (Weights is null) problems.Add("weights" + " is required.");
                    else if (global::System.Linq.Enumerable.Count(Weights) > 10000) problems.Add("weights" + " has more than 10000 items.");
                    else
                    {
                        foreach (var item0 in Weights)
                        {
                            if (double.IsNaN(item0) || double.IsInfinity(item0)) problems.Add("weights[]" + " must be a finite number.");
                        }
                    }
                    return problems;
                }

                /// <summary>Writes these inputs as a JSON object, one property per member.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("words");
                    writer.WriteStringValue(Words);
                    writer.WritePropertyName("limit");
                    writer.WriteNumberValue(Limit);
                    writer.WritePropertyName("weights");
                    writer.WriteStartArray();
                    foreach (var item0 in Weights)
                    {
                        writer.WriteNumberValue(item0);
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                /// <summary>The inputs as JSON (what a script's Args receive); throws ArgumentException when <see cref="Validate"/> finds a problem.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public string ToJson()
                {
                    global::System.Collections.Generic.IReadOnlyList<string> problems = Validate();
                    if (problems.Count > 0)
                    {
                        throw new global::System.ArgumentException(string.Join(" ", problems));
                    }

                    var buffer = new global::System.IO.MemoryStream();
                    using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
                    {
                        WriteTo(writer);
                    }

                    return global::System.Text.Encoding.UTF8.GetString(buffer.ToArray());
                }

                /// <summary>Reads inputs from a JSON object; throws FormatException when a member is missing, has the wrong kind, or breaks a limit.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public static SortTask ReadFrom(global::System.Text.Json.JsonElement json)
                {
                    if (json.ValueKind != global::System.Text.Json.JsonValueKind.Object)
                    {
                        throw new global::System.FormatException("The inputs must be a JSON object.");
                    }

                    SortTask result;
                    try
                    {
                        result = new SortTask(__ChainOfCodeMember(json, "words").GetString()!, __ChainOfCodeMember(json, "limit").GetInt32(), global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(__ChainOfCodeMember(json, "weights").EnumerateArray(), item0 => item0.GetDouble())));
                    }
                    catch (global::System.InvalidOperationException exception)
                    {
                        throw new global::System.FormatException(exception.Message, exception);
                    }

                    global::System.Collections.Generic.IReadOnlyList<string> problems = result.Validate();
                    return problems.Count == 0 ? result : throw new global::System.FormatException(string.Join(" ", problems));
                }

                /// <summary>Reads inputs from JSON text (at most 100 levels deep).</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public static SortTask FromJson(string json)
                {
                    using global::System.Text.Json.JsonDocument document = global::System.Text.Json.JsonDocument.Parse(json, new global::System.Text.Json.JsonDocumentOptions { MaxDepth = 100 });
                    return ReadFrom(document.RootElement);
                }

                /// <summary>Run options whose Args are these inputs (validated).</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("ChainOfCode.Analyzers", "{{VERSION}}")]
                public global::ChainOfCode.Runtime.RunOptions ToRunOptions(global::ChainOfCode.Runtime.RunOptions? options = null) =>
                    (options ?? global::ChainOfCode.Runtime.RunOptions.Default) with { ArgsJson = ToJson(), ArgsShape = ScriptShape };

                private static global::System.Text.Json.JsonElement __ChainOfCodeMember(global::System.Text.Json.JsonElement json, string name) =>
                    json.TryGetProperty(name, out global::System.Text.Json.JsonElement value) ? value : throw new global::System.FormatException("'" + name + "' is missing.");
            }
        }

        """;
}

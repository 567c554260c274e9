using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary><c>coc run</c> in process: statuses, exit codes, the JSON contract, inputs and bad options.</summary>
public sealed class RunTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "word_sorting.csx", "\"bruckner gasify meal sulfa syndrome therefrom\"" },
        { "date_understanding.csx", "\"03/13/2002\"" },
        { "object_counting.csx", "8" },
        { "boolean_expressions.csx", "true" },
        { "dyck_languages.csx", "\"]\"" },
        { "multistep_arithmetic.csx", """{"left":46,"right":22,"answer":24}""" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_script_succeeds_with_its_answer(string sample, string value)
    {
        CliResult result = Cli.Run("run", Cli.Sample(sample), "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(value, json.RootElement.GetProperty("value").GetRawText());
        Assert.NotEqual(string.Empty, json.RootElement.GetProperty("output").GetString());
    }

    [Fact]
    public void Every_sample_script_is_covered()
    {
        var covered = Samples.Select(row => (string)row[0]).ToHashSet();
        Assert.All(Directory.GetFiles(Cli.Samples, "*.csx"), file => Assert.Contains(Path.GetFileName(file), covered));
    }

    /// <summary>Every hostile sample and the status its first line states: the file is the one source of the expectation.</summary>
    public static TheoryData<string, string> HostileSamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string file in Directory.GetFiles(Path.Combine(Cli.Samples, "hostile"), "*.csx").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file), ExpectedStatus(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HostileSamples))]
    public void Hostile_samples_end_in_the_status_their_first_line_states(string sample, string status)
    {
        CliResult result = Cli.Run("run", Cli.Hostile(sample), "--json", "--isolation", "inprocess", "--timeout", DeadlineFor(Cli.Hostile(sample)), "--memory", "64MB", "--max-output", "10000");

        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetString());
        Assert.Equal(status == "rejected" ? 1 : 2, result.ExitCode);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("error").ValueKind);
    }

    [Fact]
    public void The_hostile_samples_cover_the_gate_and_every_run_limit()
    {
        var statuses = HostileSamples.Select(row => (string)row[1]).ToHashSet();
        Assert.Superset(new HashSet<string> { "rejected", "timeout", "recursion_limit", "output_limit", "memory_limit" }, statuses);
    }

    [Fact]
    public void Every_hostile_sample_states_its_expected_status_on_its_first_line()
    {
        string[] statuses = ["succeeded", "rejected", "compile_error", "timeout", "memory_limit", "recursion_limit", "output_limit", "runtime_error", "killed", "crashed"];
        foreach (string file in Directory.GetFiles(Path.Combine(Cli.Samples, "hostile"), "*.csx"))
        {
            Assert.Contains(ExpectedStatus(file), statuses);
        }
    }

    [Fact]
    public void Check_fails_exactly_the_scripts_that_run_refuses()
    {
        foreach (string script in Directory.GetFiles(Cli.Samples, "*.csx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            CliResult check = Cli.Run("check", script);
            CliResult run = Cli.Run("run", script, "--json", "--isolation", "inprocess", "--timeout", DeadlineFor(script), "--memory", "64MB", "--max-output", "1000");

            using JsonDocument json = JsonDocument.Parse(run.Out);
            string status = json.RootElement.GetProperty("status").GetString()!;
            bool refused = status is "rejected" or "compile_error";
            Assert.True(refused == (check.ExitCode == 1), $"{Path.GetFileName(script)}: check exit {check.ExitCode}, run status {status}");
        }
    }

    [Fact]
    public void Json_is_exactly_one_object_with_the_contract_fields()
    {
        CliResult result = Cli.Run("run", Cli.Sample("word_sorting.csx"), "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(["status", "value", "output", "error", "diagnostics", "usage", "isolation"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["wallMs", "cpuMs", "allocatedBytes", "peakMemoryBytes", "steps"], json.RootElement.GetProperty("usage").EnumerateObject().Select(p => p.Name));
        Assert.Equal("inprocess", json.RootElement.GetProperty("isolation").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("error").ValueKind);
        Assert.Equal("6 words, first bruckner, last therefrom\n", json.RootElement.GetProperty("output").GetString());
    }

    [Fact]
    public void Rejection_diagnostics_have_the_contract_fields()
    {
        CliResult result = Cli.Run("run", Cli.Hostile("file_read.csx"), "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(["id", "severity", "message", "line", "column"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("COC0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(18, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("'File.ReadAllText(string)' reaches the file system", result.Out);
    }

    [Fact]
    public void The_readable_report_shows_output_value_status_and_usage()
    {
        CliResult result = Cli.Run("run", Cli.Sample("dyck_languages.csx"), "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(0, result.ExitCode);
        string text = result.Out.ReplaceLineEndings("\n");
        Assert.StartsWith("| 1 bracket(s) still open\n----\n", text);
        Assert.Contains("status:    succeeded\n", text);
        Assert.Contains("value:     \"]\"\n", text);
        Assert.Contains("usage:     ", text);
        Assert.Contains("isolation: inprocess", text);
    }

    [Fact]
    public void The_readable_report_gives_diagnostics_in_the_canonical_format()
    {
        string path = Cli.Hostile("file_read.csx");

        CliResult result = Cli.Run("run", path, "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}(2,18): error COC0001: 'File.ReadAllText(string)' reaches the file system.", result.Out);
        Assert.Contains("status:    rejected", result.Out);
        Assert.Contains("error:     The gate refused the script", result.Out);
    }

    [Fact]
    public void The_readable_report_names_the_limit_that_was_hit()
    {
        CliResult result = Cli.Run("run", Cli.Hostile("deep_recursion.csx"), "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("status:    recursion_limit", result.Out);
        Assert.Contains("limit hit: call depth (1000)", result.Out);
    }

    [Fact]
    public void A_dash_reads_the_script_from_stdin()
    {
        CliResult result = Cli.RunWithInput("Console.Write(\"hi\");\nreturn 6 * 7;", "run", "-", "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(42, json.RootElement.GetProperty("value").GetInt32());
        Assert.Equal("hi", json.RootElement.GetProperty("output").GetString());
    }

    [Fact]
    public void Stdin_diagnostics_name_stdin()
    {
        CliResult result = Cli.RunWithInput("var x = System.IO.File.ReadAllText(\"/etc/passwd\");\nreturn x;", "run", "-", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>(1,9): error COC0001: ", result.Out);
    }

    [Fact]
    public void Input_json_becomes_the_script_args()
    {
        using var temp = new TempDirectory();
        string input = temp.Write("args.json", """{"a": 5, "b": 1}""");

        CliResult result = Cli.Run("run", Cli.Sample("multistep_arithmetic.csx"), "--input", input, "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(51, json.RootElement.GetProperty("value").GetProperty("left").GetInt32());
        Assert.Equal(29, json.RootElement.GetProperty("value").GetProperty("answer").GetInt32());
    }

    [Fact]
    public void A_compile_error_exits_1()
    {
        CliResult result = Cli.RunWithInput("return undefinedName + 1;", "run", "-", "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("compile_error", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("CS0103", json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void A_runtime_error_exits_2()
    {
        CliResult result = Cli.RunWithInput("int[] a = new int[1];\nreturn a[5];", "run", "-", "--json", "--isolation", "inprocess", "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("runtime_error", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Max_output_caps_the_output()
    {
        CliResult result = Cli.Run("run", Cli.Hostile("output_flood.csx"), "--json", "--isolation", "inprocess", "--max-output", "100", "--timeout", Cli.Deadline);

        Assert.Equal(2, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("output_limit", json.RootElement.GetProperty("status").GetString());
        Assert.InRange(json.RootElement.GetProperty("output").GetString()!.Length, 1, 100);
    }

    [Fact]
    public void A_policy_file_adds_rules_to_the_gate()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "P:System.DateTime.Now; take the time from the inputs\n");

        CliResult result = Cli.RunWithInput("var now = DateTime.Now;\nreturn now.Year;", "run", "-", "--json", "--isolation", "inprocess", "--policy", policy, "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("COC0012", json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void The_problems_of_a_policy_file_are_shown_at_its_lines_not_at_the_script()
    {
        // Before, each showed as "script.csx(1,1): warning COC0090: Policy line 2: ...", at a line of the script it is not
        // about, and the repeat's "at <path>" had lost the line it repeats.
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "P:System.DateTime.Now; take the time from the inputs\nM:System.Math.Min # why\nT:System.Nope\nM:System.Math.Max\nM:System.Math.Max\n");
        string script = temp.Write("max.csx", "return Math.Abs(-1);\n");

        CliResult result = Cli.Run("run", script, "--isolation", "inprocess", "--policy", policy, "--timeout", Cli.Deadline);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n');
        Assert.Contains($"{policy}(2,1): warning COC0090: Unexpected text after the ID 'M:System.Math.Min': put a message after ';' or a comment after '//'.", lines);
        Assert.Contains($"{policy}(3,1): warning COC0091: 'T:System.Nope' names no type in this compilation.", lines);
        Assert.Contains($"{policy}(5,1): warning COC0092: 'M:System.Math.Max' repeats the entry at {policy}(4).", lines);
        Assert.DoesNotContain(script, result.Out);
    }

    [Fact]
    public void A_missing_script_is_a_usage_error()
    {
        Cli.Run("run", "/nonexistent/script.csx").AssertUsageError("does not exist");
    }

    [Fact]
    public void A_missing_input_file_is_a_usage_error()
    {
        Cli.Run("run", Cli.Sample("word_sorting.csx"), "--input", "/nonexistent/args.json").AssertUsageError("does not exist");
    }

    [Theory]
    [InlineData("{\"a\": ", "not valid JSON")]
    [InlineData("[1, 2]", "must hold a JSON object (its properties become Args), not an array.")]
    [InlineData("42", "must hold a JSON object (its properties become Args), not a number.")]
    [InlineData("", "not valid JSON")]
    public void Unreadable_input_json_is_a_usage_error(string text, string message)
    {
        using var temp = new TempDirectory();
        string input = temp.Write("args.json", text);

        Cli.Run("run", Cli.Sample("word_sorting.csx"), "--input", input).AssertUsageError(message);
    }

    [Theory]
    [InlineData("--timeout", "5", "--timeout: '5' is not a duration")]
    [InlineData("--timeout", "soon", "is not a duration")]
    [InlineData("--timeout", "0ms", "out of range")]
    [InlineData("--memory", "lots", "--memory: 'lots' is not a size")]
    [InlineData("--memory", "0", "out of range")]
    [InlineData("--max-output", "-3", "")]
    [InlineData("--isolation", "docker", "docker")]
    public void Bad_option_values_are_one_line_usage_errors(string option, string value, string message)
    {
        Cli.Run("run", Cli.Sample("word_sorting.csx"), option, value).AssertUsageError(message);
    }

    [Fact]
    public void Worker_isolation_is_the_default_and_runs_a_sample()
    {
        CliResult result = Cli.Run("run", Cli.Sample("word_sorting.csx"), "--json", "--timeout", Cli.Deadline);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("worker", json.RootElement.GetProperty("isolation").GetString());
    }

    [Fact]
    public void Worker_isolation_refuses_a_top_level_statement_that_would_end_the_process()
    {
        CliResult result = Cli.Run("run", Cli.Hostile("exit_host.csx"), "--json", "--isolation", "worker", "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("COC0002", json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Worker_isolation_stops_an_infinite_loop()
    {
        CliResult result = Cli.Run("run", Cli.Hostile("infinite_loop.csx"), "--json", "--isolation", "worker", "--timeout", "1s");

        Assert.Equal(2, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("timeout", json.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("inprocess")]
    [InlineData("worker")]
    public void A_cancelled_run_ends_as_killed(string isolation)
    {
        // What Ctrl+C and SIGTERM do: Program.Main cancels the token it passes to the entry point.
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        CliResult result = Cli.RunCancellable(string.Empty, cancellation.Token, "run", Cli.Hostile("infinite_loop.csx"), "--json", "--isolation", isolation);

        Assert.True(result.ExitCode == 2, result.Out + result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("killed", json.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("inprocess")]
    public void A_custom_policy_is_enforced_in_every_isolation(string isolation)
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "P:System.DateTime.Now; take the time from the inputs\n");
        string script = temp.Write("clock.csx", "return DateTime.Now.Year;\n");

        CliResult banned = Cli.Run("run", script, "--json", "--isolation", isolation, "--policy", policy, "--timeout", Cli.Deadline);
        Assert.True(banned.ExitCode == 1, banned.Out + banned.Error);
        using (JsonDocument json = JsonDocument.Parse(banned.Out))
        {
            Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
            Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "COC0012");
        }

        CliResult benign = Cli.Run("run", Cli.Sample("word_sorting.csx"), "--json", "--isolation", isolation, "--policy", policy, "--timeout", Cli.Deadline);
        Assert.True(benign.ExitCode == 0, benign.Out + benign.Error);
    }

    /// <summary>
    /// 10 s for a script expected to end in timeout (it ends so whatever the machine's speed); <see cref="Cli.Deadline"/>
    /// for every other, whose status must not turn into timeout on a loaded machine.
    /// </summary>
    private static string DeadlineFor(string file) =>
        File.ReadLines(file).First().StartsWith("// expected: timeout", StringComparison.Ordinal) ? "10s" : Cli.Deadline;

    private static string ExpectedStatus(string file)
    {
        string first = File.ReadLines(file).First();
        Assert.StartsWith("// expected: ", first);
        return first["// expected: ".Length..].Split(' ')[0];
    }
}

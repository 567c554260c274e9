using System.Text.Json;
using ChainOfCode.Runtime.Chain;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>The Chain-of-Code runner in process: emulated calls, emulated statements, replies, limits.</summary>
public sealed class ChainRunnerTests
{
    [Fact]
    public async Task An_undefined_function_in_a_condition_is_asked_of_the_emulator_as_bool_and_the_program_goes_on()
    {
        var emulator = new RecordingEmulator(r => r.Arguments[0].GetString() is "violin" or "drum" ? "true" : "false");

        ChainResult result = await Chains.RunAsync("""
            int count = 0;
            foreach (string item in new[] { "violin", "pear", "drum" })
            {
                if (IsInstrument(item))
                {
                    count++;
                }
            }

            return count;
            """, emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("2", result.Value?.GetRawText());
        Assert.Equal(3, emulator.Requests.Count);
        EmulationRequest first = emulator.Requests.First();
        Assert.Equal(EmulationKind.Call, first.Kind);
        Assert.Equal("IsInstrument", first.Function);
        Assert.Equal(LiteralType.Bool, first.ReturnType);
        Assert.Equal(4, first.Line);
        Assert.Equal("if (IsInstrument(item))", first.Code);
    }

    [Theory]
    [InlineData("int count = 1; count += Weight(\"apple\"); return count;", "int", "3", "2")]
    [InlineData("return $\"color: {ColorOf(\"sky\")}\";", "string", "\"color: blue\"", "\"blue\"")]
    [InlineData("List<string> fruits = FruitsIn(\"an apple and a pear\"); return fruits.Count;", "List<string>", "2", "[\"apple\", \"pear\"]")]
    [InlineData("bool ok = !IsBroken(\"cup\") && true; return ok;", "bool", "true", "false")]
    [InlineData("if (Score(\"a\") > 2) { return \"high\"; } return \"low\";", "int", "\"high\"", "5")]
    [InlineData("double Measure() { return Size(\"x\"); } return Measure() / 2;", "double", "1.5", "3.0")]
    [InlineData("var seen = new List<string>(); seen.Add(Name(1)); return seen[0];", "string", "\"one\"", "\"one\"")]
    [InlineData("var x = IsFruit(\"apple\"); if (x) { return 1; } return 0;", "bool", "1", "true")]
    [InlineData("int count = 0; foreach (var item in new[] { \"a\" }) { var ok = IsBig(item); if (!ok) { count++; } } return count;", "bool", "1", "false")]
    [InlineData("var n = Count(\"a b\"); int total = 10; total += n; return total;", "int", "12", "2")]
    [InlineData("var c = ColorOf(\"sky\"); string line = \"c=\" + c; return line;", "string", "\"c=blue\"", "\"blue\"")]
    [InlineData("var s = Score(\"a\"); return s > 2 ? \"high\" : \"low\";", "int", "\"high\"", "5")]
    [InlineData("var a = IsRed(\"x\"); var b = a; return b ? \"red\" : \"not red\";", "bool", "\"red\"", "true")]
    [InlineData("var g = Guess(1);\nreturn g;", "string", "\"(B)\"", "\"(B)\"")]
    [InlineData("return Guess(1);", "string", "\"(B)\"", "\"(B)\"")]
    [InlineData("var g = Guess(1); Console.WriteLine(g); return 0;", "string", "0", "\"(B)\"")]
    [InlineData("Console.WriteLine(Guess(1)); return 0;", "string", "0", "\"(B)\"")]
    [InlineData("var g = Guess(1); Console.WriteLine(g); return g == 3 ? 1 : 0;", "int", "1", "3")]
    [InlineData("var g = Guess(1); return g == \"yes\";", "string", "true", "\"yes\"")]
    [InlineData("int n = 2 * Legs(\"dog\"); return n;", "int", "8", "4")]
    [InlineData("int legs = 0; legs += 3 * Legs(\"dog\"); return legs;", "int", "12", "4")]
    [InlineData("int q = 3; double t = Price(\"pen\") * q; return t;", "double", "7.5", "2.5")]
    [InlineData("switch (Kind(\"x\")) { case \"a\": return 1; default: return 0; }", "string", "1", "\"a\"")]
    [InlineData("var k = Kind(\"x\"); return k switch { \"a\" => 1, _ => 0 };", "string", "1", "\"a\"")]
    [InlineData("var d = ParseDate(\"x\"); return d.AddDays(1).Day;", "DateTime", "2", "\"2020-01-01\"")]
    [InlineData("var c = new[] { \"a\" }.Select(x => ColorOf(x)).ToList(); return c[0];", "string", "\"red\"", "\"red\"")]
    [InlineData("return SportOf(\"a\") == SportOf(\"a\");", "string", "true", "\"golf\"")]
    [InlineData("string a = \"\";\na = Answer(1)\nreturn a;", "string", "\"x\"", "\"x\"")]
    [InlineData("var n = Count(\"a\"); Console.WriteLine($\"{n}\"); return n * 2;", "int", "6", "3")]
    [InlineData("var n = Count(\"a\"); string s = \"n=\" + n; return n - 1;", "int", "2", "3")]
    [InlineData("var ok = IsBig(\"a\"); Console.WriteLine($\"{ok}\"); return ok ? 1 : 0;", "bool", "1", "true")]
    [InlineData("var a = Score(\"a\"); var b = Score(\"a\"); return a > b ? a - b : b - a;", "double", "0", "2.5")]
    [InlineData("List<bool> flags = new[] { \"a\" }.Select(x => IsBig(x)).ToList(); return flags[0];", "bool", "true", "true")]
    [InlineData("int total = new[] { \"a\" }.Sum(x => Count(x)); return total;", "int", "3", "3")]
    [InlineData("var s = new Dictionary<string, double>(); s[\"a\"] = new[] { \"a\" }.Average(x => Score(x)); return s[\"a\"];", "double", "2.5", "2.5")]
    [InlineData("var m = Mean(\"a\"); return Math.Round(m, 1);", "double", "2.5", "2.5")]
    [InlineData("var c = Counts(\"a\"); return c[\"L\"] == 3;", "Dictionary<string, int>", "true", "{\"L\": 3}")]
    [InlineData("var c = Counts(\"a\"); int n = 0; foreach (var (k, v) in c) { n += v; } return n;", "Dictionary<string, int>", "3", "{\"L\": 3}")]
    [InlineData("int x = 0; { (int dx, int dy) = Step(\"a\"); x = dx + dy; } return x;", "(int, int)", "3", "[1, 2]")]
    [InlineData("var s = Scores(\"a\"); return s.Where(v => v > 0.5).Count();", "List<double>", "1", "[0.7, 0.2]")]
    [InlineData("var r = new[] { \"a\" }.Select(x => Rank(x)).ToArray(); return r.Zip(r.Skip(1), (x, y) => x <= y).All(ok => ok);", "double", "true", "2")]
    [InlineData("var c = Counts(\"a\"); int t = 0; foreach (var pair in c) { t += pair.Value; } return t;", "Dictionary<string, int>", "2", "{\"a\": 2}")]
    [InlineData("int n = 0; foreach (var w in Words(\"a\")) { if (w.Length > 1) { n++; } } return n;", "List<string>", "1", "[\"ab\", \"c\"]")]
    [InlineData("var (who, sure) = Resolve(\"a\"); return sure ? who == \"x\" : false;", "(string, bool)", "true", "[\"x\", true]")]
    [InlineData("var a = new[] { \"a\" }.Select(x => Age(x)).ToList(); int m = a.Max(); return m;", "int", "4", "4")]
    [InlineData("var a = new[] { \"a\" }.Select(x => Age(x)); var t = a.Sum(); return t == 4 ? \"yes\" : \"no\";", "int", "\"yes\"", "4")]
    [InlineData("var f = new[] { \"a\" }.Select(x => IsOld(x)).ToList(); return f.Count(o => o);", "bool", "1", "true")]
    [InlineData("var s = new[] { \"a\" }.Select(x => Score(x)).ToList(); double top = s.Max(); return s.IndexOf(top);", "double", "0", "0.5")]
    [InlineData("var d = DateOf(\"x\"); return d.ToString(\"MM/dd/yyyy\", CultureInfo.InvariantCulture);", "DateTime", "\"03/31/2008\"", "\"2008-03-31\"")]
    [InlineData("string s = $\"{DateOf(\"x\"):MM/dd/yyyy}\"; return s;", "DateTime", "\"03/31/2008\"", "\"2008-03-31\"")]
    [InlineData("string s = $\"{Mean(\"x\"):F1}\"; return s;", "double", "\"2.5\"", "2.5")]
    [InlineData("var a = Antecedent(\"x\").ToLower(); return a == \"the chief\";", "string", "true", "\"The Chief\"")]
    [InlineData("var busy = Busy(\"x\"); int n = 0; for (int h = 7; h < 10; h++) { if (!busy.Contains(h)) { n++; } } return n;", "List<int>", "2", "[8]")]
    [InlineData("var w = Words(\"x\"); w.Sort(StringComparer.Ordinal); return string.Join(\" \", w);", "List<string>", "\"a b\"", "[\"b\", \"a\"]")]
    [InlineData("var open = Open(\"x\"); var p = new Dictionary<char, char> { ['['] = ']' }; return p[open[open.Count - 1]];", "List<char>", "\"]\"", "[\"[\"]")]
    [InlineData("var row = Row(\"x\"); string r = row[row.IndexOf(\"cup\") + 1]; return r;", "List<string>", "\"pen\"", "[\"cup\", \"pen\"]")]
    [InlineData("var t = new Dictionary<string, bool> { [\"a\"] = true }; return t[SubjectOf(\"x\")];", "string", "true", "\"a\"")]
    [InlineData("var r = Ranks(\"x\"); return r.First(kv => kv.Value == 3).Key;", "Dictionary<string, int>", "\"b\"", "{\"a\": 1, \"b\": 3}")]
    [InlineData("var m = new[] { \"a\" }.OrderByDescending(x => Similarity(x)).First(); return m;", "double", "\"a\"", "0.9")]
    [InlineData("var a = SportOf(\"x\"); var b = SportOf(\"x\"); Console.WriteLine(a + \" / \" + b); return a == b;", "string", "true", "\"hockey\"")]
    [InlineData("Console.WriteLine(string.Format(\"{0}\", Score(\"x\"))); int s = Score(\"x\"); return s;", "int", "8", "8")]
    [InlineData("return new[] { \"a\" }.Where(IsBig).Count();", "bool", "1", "true")]
    [InlineData("return new List<int> { 3 }.Count(IsOdd);", "bool", "1", "true")]
    [InlineData("List<int> r = new[] { \"a\" }.Select(Rank).ToList(); return r[0];", "int", "4", "4")]
    [InlineData("return new List<string> { \"a\" }.OrderBy(SizeOf).First();", "double", "\"a\"", "2")]
    [InlineData("int[] n = Array.ConvertAll(new[] { \"a\" }, ToNumber); return n[0];", "int", "7", "7")]
    [InlineData("return new List<string> { \"a\" }.FindIndex(IsBig);", "bool", "0", "true")]
    [InlineData("Func<string, bool> f = IsBig; return f(\"a\");", "bool", "true", "true")]
    [InlineData("int n = 0; foreach (var (a, b) in Swaps(\"x\")) { if (a == \"p\" && b != \"p\") { n++; } } return n;", "List<(string, string)>", "2", "[[\"p\", \"q\"], [\"p\", \"r\"]]")]
    [InlineData("int n = 0; foreach (var (a, b) in Swaps(\"x\")) { if (a == \"p\" && b != \"p\") { n++; } } return n;", "List<(string, string)>", "2", "[{\"a\": \"p\", \"b\": \"q\"}, {\"a\": \"p\", \"b\": \"r\"}]")]
    [InlineData("int n = 0; foreach (var (k, v) in Counts(\"a\")) { n += v; } return n;", "List<(string, int)>", "5", "{\"L\": 3, \"R\": 2}")]
    public async Task The_type_of_an_emulated_call_comes_from_its_use(string program, string type, string value, string reply)
    {
        var emulator = new RecordingEmulator(_ => reply);

        ChainResult result = await Chains.RunAsync(program, emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal(type, emulator.Requests.Single().ReturnType!.ToString());
        Assert.Equal(value, result.Value?.GetRawText());
    }

    [Fact]
    public async Task An_emulated_call_passed_to_another_emulated_call_is_a_string()
    {
        var emulator = new RecordingEmulator(r => r.Function == "Normalize" ? "\"apple\"" : "true");

        ChainResult result = await Chains.RunAsync("if (IsFruit(Normalize(\" Apple \"))) { return 1; } return 0;", emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("string", emulator.Requests.Single(r => r.Function == "Normalize").ReturnType!.ToString());
        Assert.Equal("1", result.Value?.GetRawText());
    }

    [Fact]
    public async Task A_call_whose_use_gives_no_type_is_a_clear_error_naming_it_and_nothing_runs()
    {
        var emulator = new RecordingEmulator(_ => "1");

        ChainResult result = await Chains.RunAsync("int a = 1;\nGuess(a);\nreturn a;", emulator);

        Chains.AssertStatus(ScriptStatus.CompileError, result);
        ScriptDiagnostic error = Assert.Single(result.Diagnostics, d => d.Id == ChainProgram.UntypedCallId);
        Assert.Equal(2, error.Line);
        Assert.Contains("Guess", error.Message);
        Assert.Contains("Guess", result.Error);
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task A_call_an_emulator_cannot_type_is_an_error()
    {
        ChainResult result = await Chains.RunAsync("StringBuilder b = Builder(1); return b.Length;", new RecordingEmulator(_ => "1"));

        Chains.AssertStatus(ScriptStatus.CompileError, result);
        Assert.Contains("StringBuilder", Assert.Single(result.Diagnostics, d => d.Id == ChainProgram.UntypedCallId).Message);
    }

    [Fact]
    public async Task A_statement_that_throws_gets_its_variables_from_the_emulator_and_the_program_goes_on()
    {
        var emulator = new RecordingEmulator(_ => """{"n": 7}""");

        ChainResult result = await Chains.RunAsync("""
            string word = "seven";
            int n = int.Parse(word);
            return n * 2;
            """, emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("14", result.Value?.GetRawText());
        EmulationRequest request = emulator.Requests.Single();
        Assert.Equal(EmulationKind.Statement, request.Kind);
        Assert.Equal(2, request.Line);
        Assert.Equal("int n = int.Parse(word);", request.Code);
        Assert.Equal("int", request.Targets["n"].ToString());
        Assert.StartsWith("FormatException", request.Error);
        Assert.Equal("\"seven\"", request.State["word"].GetRawText());
        TraceEntry emulated = Assert.Single(result.Trace, e => e.Kind == TraceKind.EmulatedStatement);
        Assert.Equal("7", emulated.Changes["n"].GetRawText());
    }

    [Fact]
    public async Task A_failed_statements_error_names_the_first_error_an_aggregate_wraps_without_building_its_message()
    {
        var emulator = new RecordingEmulator(_ => """{"n": 7}""");

        // The aggregate's own Message would repeat "boom" 2^26 times: one library call, gigabytes, no checkpoint.
        ChainResult result = await Chains.RunAsync("""
            Exception e = new InvalidOperationException("boom");
            for (int i = 0; i < 26; i++) { e = new AggregateException(e, e); }
            int n = e is null ? 0 : throw e;
            return n * 2;
            """, emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("14", result.Value?.GetRawText());
        Assert.Equal("AggregateException: InvalidOperationException: boom", emulator.Requests.Single().Error);
    }

    [Fact]
    public async Task A_statement_inside_the_programs_own_try_keeps_the_programs_error_handling()
    {
        var emulator = new RecordingEmulator(_ => """{"n": 7}""");

        ChainResult result = await Chains.RunAsync("""
            int n;
            try { n = int.Parse("seven"); } catch (FormatException) { n = -1; }
            return n;
            """, emulator);

        Assert.Equal("-1", result.Value?.GetRawText());
        Assert.Empty(emulator.Requests);
    }

    [Fact]
    public async Task With_statement_emulation_off_a_throwing_statement_is_a_runtime_error()
    {
        ChainResult result = await Chains.RunAsync("int n = int.Parse(\"seven\"); return n;", new RecordingEmulator(_ => """{"n": 7}"""), options: new ChainOptions { EmulateFailingStatements = false });

        Chains.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.StartsWith("FormatException", result.Error);
    }

    [Fact]
    public async Task A_malformed_reply_is_asked_again_with_the_reason()
    {
        var replies = new Queue<string>(["\"yes\"", "true"]);
        var emulator = new RecordingEmulator(_ => replies.Dequeue());

        ChainResult result = await Chains.RunAsync("return IsRound(\"ball\") ? 1 : 0;", emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("1", result.Value?.GetRawText());
        EmulationRequest retry = emulator.Requests.Last();
        Assert.Equal(2, retry.Attempt);
        Assert.Contains("true or false", retry.PreviousError);
    }

    [Fact]
    public async Task Replies_that_stay_malformed_end_the_run_with_emulation_failed()
    {
        var emulator = new RecordingEmulator(_ => "maybe");

        ChainResult result = await Chains.RunAsync("return IsRound(\"ball\") ? 1 : 0;", emulator);

        Chains.AssertStatus(ScriptStatus.EmulationFailed, result);
        Assert.Equal(1 + ChainOptions.Default.MaxRetries, emulator.Requests.Count);
        Assert.Contains("IsRound(\"ball\")", result.Error);
        Assert.Contains("malformed", result.Error);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task An_emulator_that_cannot_answer_ends_the_run_with_its_message()
    {
        var emulator = new DelegateEmulator(_ => throw new EmulatorException("The model is unreachable."));

        ChainResult result = await Chains.RunAsync("return IsRound(\"ball\") ? 1 : 0;", emulator);

        Chains.AssertStatus(ScriptStatus.EmulationFailed, result);
        Assert.Equal("The model is unreachable.", result.Error);
    }

    [Fact]
    public async Task The_emulator_is_asked_at_most_the_limit_of_times()
    {
        var emulator = new RecordingEmulator(r => r.Arguments[0].GetRawText());

        ChainResult result = await Chains.RunAsync(
            "int total = 0; for (int i = 0; i < 10; i++) { total += Twin(i); } return total;",
            emulator,
            options: new ChainOptions { MaxEmulatorCalls = 3 });

        Chains.AssertStatus(ScriptStatus.EmulationFailed, result);
        Assert.Equal(3, emulator.Requests.Count);
        Assert.Contains("more than 3 times", result.Error);
    }

    [Fact]
    public async Task A_repeated_call_is_answered_from_memory()
    {
        var emulator = new RecordingEmulator(_ => "true");

        ChainResult result = await Chains.RunAsync("int n = 0; foreach (var w in new[] { \"a\", \"a\", \"a\" }) { if (IsVowel(w)) { n++; } } return n;", emulator);

        Assert.Equal("3", result.Value?.GetRawText());
        Assert.Single(emulator.Requests);
        Assert.Equal(1, result.EmulatorCalls);
        Assert.Equal(3, result.Trace.Count(e => e.Kind == TraceKind.EmulatedCall));
    }

    [Fact]
    public async Task A_reply_that_looks_like_code_is_only_ever_a_value()
    {
        const string Code = "System.IO.File.ReadAllText(\"/etc/passwd\")";
        var emulator = new RecordingEmulator(_ => JsonSerializer.Serialize(Code));

        ChainResult result = await Chains.RunAsync("string path = PathOf(\"secrets\"); return path;", emulator);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal(Code, result.Value?.GetString());
    }

    [Fact]
    public async Task The_emulators_time_does_not_count_against_the_programs_deadline()
    {
        var emulator = new DelegateEmulator(async (_, token) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(600), token);
            return "true";
        });
        var options = new ChainOptions { Run = new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300), AbandonGrace = TimeSpan.FromMilliseconds(300) } } };

        ChainResult result = await Chains.RunAsync("return IsSlow(1) ? 1 : 0;", emulator, options: options);

        Chains.AssertStatus(ScriptStatus.Succeeded, result);
    }

    [Fact]
    public async Task Cancelling_a_run_that_waits_for_the_emulator_ends_it_as_killed_without_waiting_for_the_reply()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var emulator = new DelegateEmulator(async (_, token) =>
        {
            asked.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return "true";
        });
        using var cancellation = new CancellationTokenSource();
        _ = await Scripts.RunAsync("return 1;");

        Task<ChainResult> run = Chains.Runner.RunAsync("return IsSlow(1) ? 1 : 0;", string.Empty, emulator, ChainOptions.Default with { EmulatorTimeout = TimeSpan.FromMinutes(10) }, cancellation.Token);
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(60));
        cancellation.Cancel();
        ChainResult result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Chains.AssertStatus(ScriptStatus.Killed, result);
    }

    [Fact]
    public async Task The_trace_has_each_executed_and_emulated_line_with_its_changes()
    {
        ChainResult result = await Chains.RunAsync("""
            int count = 0;
            var items = new List<string>();
            items.Add("violin");
            if (IsInstrument(items[0])) { count += 2; }
            return count;
            """, new RecordingEmulator(_ => "true"));

        Assert.Collection(
            result.Trace,
            e => Assert.Equal((1, TraceKind.Executed, "int count = 0;", "0"), (e.Line, e.Kind, e.Code, e.Changes["count"].GetRawText())),
            e => Assert.Equal((2, TraceKind.Executed, "[]"), (e.Line, e.Kind, e.Changes["items"].GetRawText())),
            e => Assert.Equal((3, TraceKind.Executed, "[\"violin\"]"), (e.Line, e.Kind, e.Changes["items"].GetRawText())),
            e => Assert.Equal((4, TraceKind.EmulatedCall, "IsInstrument(\"violin\")", "true"), (e.Line, e.Kind, e.Call, e.Value?.GetRawText())),
            e => Assert.Equal((4, TraceKind.Executed, "2"), (e.Line, e.Kind, e.Changes["count"].GetRawText())));
        Assert.Equal([1, 2, 3, 4, 5], result.Trace.Select(e => e.Step));
    }

    [Fact]
    public async Task The_json_form_is_the_script_result_with_the_trace()
    {
        ChainResult result = await Chains.RunAsync("int n = 1; return n;", new RecordingEmulator(_ => "1"));

        using JsonDocument json = JsonDocument.Parse(result.ToJson());
        Assert.Equal(
            ["status", "value", "output", "error", "diagnostics", "usage", "isolation", "emulatorCalls", "traceTruncated", "trace"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("executed", json.RootElement.GetProperty("trace")[0].GetProperty("kind").GetString());
        Assert.Equal(ScriptStatus.Succeeded, ChainResult.FromJson(result.ToJson()).Status);
    }

    [Fact]
    public async Task The_trace_is_cut_at_its_limit()
    {
        ChainResult result = await Chains.RunAsync("int n = 0; for (int i = 0; i < 100; i++) { n += i; } return n;", new RecordingEmulator(_ => "1"), options: new ChainOptions { MaxTraceEntries = 10 });

        Assert.Equal("4950", result.Value?.GetRawText());
        Assert.Equal(10, result.Trace.Count);
        Assert.True(result.TraceTruncated);
    }
}

using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Runtime.Tests;

/// <summary>Every gate rule on script input: the analyzers' verdict, the runtime's own checks, the caps.</summary>
public sealed class GateTests
{
    [Theory]
    [InlineData("COC0001", """var text = System.IO.File.ReadAllText("/etc/passwd");""", "System.IO.File.ReadAllText")]
    [InlineData("COC0002", """System.Diagnostics.Process.Start("sh", "-c id");""", "System.Diagnostics.Process.Start")]
    [InlineData("COC0003", """var client = new System.Net.Http.HttpClient();""", "new System.Net.Http.HttpClient()")]
    [InlineData("COC0004", """var t = Type.GetType("System.IO.File");""", "Type.GetType")]
    [InlineData("COC0004", """dynamic d = 1; var e = d + 1;""", "dynamic")]
    [InlineData("COC0005", """unsafe { int x = 1; int* p = &x; }""", "unsafe")]
    [InlineData("COC0010", "#r \"System.Net.Http.dll\"\nvar x = 1;", "#r")]
    [InlineData("COC0010", "#load \"/tmp/other.csx\"\nvar x = 1;", "#load")]
    [InlineData("COC0008", """var line = Console.ReadLine();""", "Console.ReadLine")]
    [InlineData("COC0006", """var home = Environment.GetEnvironmentVariable("HOME");""", "Environment.GetEnvironmentVariable")]
    [InlineData("COC0007", """System.Threading.Tasks.Task.Run(() => 1);""", "System.Threading.Tasks.Task.Run")]
    [InlineData("COC0011", """var w = new WeakReference(1);""", "new WeakReference")]
    [InlineData("COC0001", """System.IO.File.Delete("x");""", "System.IO.File.Delete")]
    [InlineData("COC0001", """if (true) { System.IO.File.WriteAllText("x", "y"); }""", "System.IO.File.WriteAllText")]
    [InlineData("COC0001", """System.IO.File.Exists("x")""", "System.IO.File.Exists")]
    [InlineData("COC0002", """Environment.Exit(1);""", "Environment.Exit")]
    [InlineData("COC0001", """System.IO.File.WriteAllText(Input, ReadLine());""", "System.IO.File.WriteAllText")]
    [InlineData("COC0001", """System.IO.File.WriteAllText(Args["path"].GetString(), "x");""", "System.IO.File.WriteAllText")]
    [InlineData("COC0001", """return System.IO.File.ReadAllText("x");""", "System.IO.File.ReadAllText")]
    [InlineData("COC0004", """var m = typeof(string).GetMethod("Trim").Invoke("x", null);""", "typeof(string).GetMethod")]
    [InlineData("COC0007", """new System.Threading.Thread(() => { }).Start();""", "new System.Threading.Thread")]
    public void Refuses_each_capability(string rule, string code, string at)
    {
        GateResult verdict = ScriptGate.Check(code);

        Assert.True(verdict.Verdict == GateVerdict.Rejected, verdict.Verdict + ": " + string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
        Assert.Contains(rule, verdict.BrokenRules);
        ScriptDiagnostic finding = verdict.Diagnostics.First(d => d.Id == rule);
        Assert.Equal("error", finding.Severity);
        string located = code.Split('\n')[finding.Line - 1][(finding.Column - 1)..];
        Assert.True(located.StartsWith(at, StringComparison.Ordinal), $"{finding.Line}:{finding.Column} points at: {located}");
        Assert.NotNull(finding.Alternative);
        Assert.DoesNotContain("/etc/passwd", finding.Message);
    }

    [Fact]
    public void Refuses_a_generic_instantiation_that_grows_without_bound()
    {
        GateResult verdict = ScriptGate.Check("long F<T>(T x, int n) => n == 0 ? 0 : F((x, x), n - 1) + 1;\nreturn F(1L, 30);");

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        Assert.Equal([ScriptGate.StackShapeId], verdict.BrokenRules);
    }

    [Theory]
    [InlineData("class Holder { public S4 Make() => default; }\nvar h = new Holder();\nreturn h.Make().A.A.A.A;")]
    [InlineData("Func<S4> make = () => default;\nvar holder = new { Make = make };\nreturn holder.Make().A.A.A.A;")]
    public void Refuses_a_large_value_type_returned_by_a_call_on_an_instance(string use)
    {
        const string Structs = """
            struct S1 { public decimal A, B, C, D, E, F, G, H; }
            struct S2 { public S1 A, B, C, D, E, F, G, H; }
            struct S3 { public S2 A, B, C, D, E, F, G, H; }
            struct S4 { public S3 A, B, C, D; }

            """;

        GateResult verdict = ScriptGate.Check(Structs + use);

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        Assert.Equal([ScriptGate.StackShapeId], verdict.BrokenRules);
    }

    [Fact]
    public async Task A_switch_of_200_arms_and_one_of_200_sections_run_within_the_nesting_cap()
    {
        var arms = string.Concat(Enumerable.Range(0, 200).Select(i => $"    {i} => {i * 2},\n"));
        var sections = string.Concat(Enumerable.Range(0, 200).Select(i => $"        case {i}: y = {i * 3}; break;\n"));
        ScriptResult result = await Scripts.RunAsync($$"""
            var x = 150;
            var doubled = x switch
            {
            {{arms}}    _ => -1,
            };
            int y;
            switch (x)
            {
            {{sections}}    default: y = -1; break;
            }
            Console.WriteLine(doubled + " " + y);
            """);

        Scripts.AssertStatus(ScriptStatus.Succeeded, result);
        Assert.Equal("300 450", result.Output.Trim());
    }

    [Fact]
    public async Task A_rejected_script_never_runs()
    {
        ScriptResult result = await Scripts.RunAsync("""
            Console.WriteLine("ran");
            var text = System.IO.File.ReadAllText("x");
            """);

        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Equal(string.Empty, result.Output);
        ScriptDiagnostic finding = Assert.Single(result.Diagnostics, d => d.Id == "COC0001");
        Assert.Equal(2, finding.Line);
        Assert.Contains("COC0001", result.Error);
    }

    [Fact]
    public void Check_reports_line_column_and_alternative_without_running()
    {
        GateResult verdict = ScriptGate.Check("var a = 1;\nvar b = Environment.GetEnvironmentVariable(\"PATH\");");

        ScriptDiagnostic finding = Assert.Single(verdict.Diagnostics, d => d.Id == "COC0006");
        Assert.Equal(2, finding.Line);
        Assert.Equal(9, finding.Column);
        Assert.Equal(Policy.Default.GetCapability("COC0006")!.Alternative, finding.Alternative);
    }

    [Fact]
    public void A_pragma_cannot_suppress_a_rule()
    {
        GateResult verdict = ScriptGate.Check("""
            #pragma warning disable COC0001
            var text = System.IO.File.ReadAllText("x");
            """);

        Assert.Contains("COC0001", verdict.BrokenRules);
    }

    [Fact]
    public void A_regex_without_timeout_is_a_warning_not_a_rejection()
    {
        GateResult verdict = ScriptGate.Check("""var ok = Regex.IsMatch("abc", "b");""");

        Assert.True(verdict.IsAccepted);
        Assert.Contains(verdict.Diagnostics, d => d.Id == "COC0009" && d.Severity == "warning");
    }

    [Theory]
    [InlineData("""ChainOfCode.Runtime.ScriptRunner.Shared.Reset();""")]
    [InlineData("""var g = new ChainOfCode.Runtime.ScriptGlobals("x");""")]
    [InlineData("""__CocRun.G.Checkpoint();""")]
    [InlineData("""var __cocEx0 = 1;""")]
    [InlineData("""var \u005F_CocRun = 1;""")]
    public void Refuses_the_runtime_and_its_reserved_names(string code)
    {
        GateResult verdict = ScriptGate.Check(code);

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        Assert.Contains(ScriptGate.ReservedId, verdict.BrokenRules);
    }

    // Names that bind to the runtime under another spelling: an alias, `var`, an attribute without its suffix, a
    // named argument (the reserved-name check may skip a name only when nothing of the runtime is spelled so).
    [Theory]
    [InlineData("using R = ChainOfCode.Runtime.ScriptRunner;\nvar r = R.Shared;", "'R'")]
    [InlineData("var r = ChainOfCode.Runtime.ScriptRunner.Shared;\nvar s = r;", "'var'")]
    [InlineData("[ChainOfCode.Runtime.ScriptInputs] class C { }", "'ScriptInputs'")]
    [InlineData("ChainOfCode.Runtime.ScriptRunner.Shared.RunAsync(code: \"1\");", "'code'")]
    public void Each_name_that_binds_to_the_runtime_is_reported(string code, string name)
    {
        GateResult verdict = ScriptGate.Check(code, new GateOptions { Policy = Policy.Default });

        Assert.Contains(verdict.Diagnostics, d => d.Id == ScriptGate.ReservedId && d.Message.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Denylist_mode_still_refuses_the_guard_internals()
    {
        var options = new GateOptions { Policy = Policy.Default };
        GateResult verdict = ScriptGate.Check("ChainOfCode.Runtime.ScriptRunner.Shared.Reset();", options);

        Assert.Contains(ScriptGate.ReservedId, verdict.BrokenRules);
    }

    [Fact]
    public void A_policy_string_adds_rules_and_reports_its_bad_lines()
    {
        GateOptions options = GateOptions.FromPolicyText("""
            [COC0012] Banned by the project's policy
            M:System.Math.Pow
            this line does not parse
            """);

        GateResult verdict = ScriptGate.Check("var x = Math.Pow(2, 3);", options);

        Assert.Contains("COC0012", verdict.BrokenRules);
        Assert.Contains(verdict.Diagnostics, d => d.Id == "COC0090" && d.Severity == "warning");
        Assert.Contains("COC0011", ScriptGate.Check("var w = new WeakReference(1);", options).BrokenRules);
    }

    [Theory]
    [InlineData("COC0091", "T:System.Nope")]
    [InlineData("COC0091", "M:System.Math.Maximum")]
    [InlineData("COC0091", "M:System.Environment.MachineName")]
    [InlineData("COC0091", "M:System.IO.File.ReadAllText(string)")]
    [InlineData("COC0091", "N:Acme.Internal")]
    [InlineData("COC0092", "M:System.Math.Pow\nM:System.Math.Pow")]
    public void A_policy_strings_unresolved_or_repeated_entry_is_a_warning_of_the_verdict(string rule, string entries)
    {
        GateOptions options = GateOptions.FromPolicyText("[COC0012] Banned by the project's policy\n" + entries + "\n");

        GateResult verdict = ScriptGate.Check("var x = Math.Abs(-2);", options);

        Assert.Equal(GateVerdict.Accepted, verdict.Verdict);
        Assert.Equal(["warning"], verdict.Diagnostics.Where(d => d.Id == rule).Select(d => d.Severity));
    }

    [Fact]
    public void An_unresolved_entry_is_named_with_its_line_and_the_resolved_ones_are_not()
    {
        // Process and HttpClient are outside the script's references but inside the analysis the gate runs: they resolve.
        GateOptions options = GateOptions.FromPolicyText("""
            [COC0012] Banned by the project's policy
            M:System.Math.Pow
            T:System.IO.Flie
            T:System.Diagnostics.Process
            T:System.Net.Http.HttpClient
            """);

        GateResult verdict = ScriptGate.Check("var x = Math.Pow(2, 3);", options);

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        ScriptDiagnostic unresolved = Assert.Single(verdict.Diagnostics, d => d.Id == "COC0091");
        Assert.Equal("Policy line 3: 'T:System.IO.Flie' names no type in this compilation.", unresolved.Message);
        Assert.Equal("warning", unresolved.Severity);
    }

    [Theory]
    [InlineData("async void Fire() { await System.Threading.Tasks.Task.Yield(); throw new Exception(); } Fire();")]
    [InlineData("Action a = async () => { await System.Threading.Tasks.Task.Yield(); while (true) { } }; a();")]
    [InlineData("class C { public async void M() { await System.Threading.Tasks.Task.Yield(); } }")]
    public void Refuses_async_void(string code)
    {
        GateResult verdict = ScriptGate.Check(code);

        Assert.Contains(ScriptGate.AsyncVoidId, verdict.BrokenRules);
    }

    [Fact]
    public void Async_methods_returning_tasks_are_fine()
    {
        GateResult verdict = ScriptGate.Check("async System.Threading.Tasks.Task<int> Twice(int x) { await System.Threading.Tasks.Task.Yield(); return 2 * x; } return await Twice(21);");

        Assert.True(verdict.IsAccepted, string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
    }

    [Fact]
    public void Refuses_a_finalizer()
    {
        GateResult verdict = ScriptGate.Check("class Leaky { ~Leaky() { while (true) { } } }");

        Assert.Contains(ScriptGate.FinalizerId, verdict.BrokenRules);
    }

    [Fact]
    public void The_globals_are_on_the_surface_in_allowlist_mode()
    {
        GateResult verdict = ScriptGate.Check("""
            var first = ReadLine();
            var all = Input.Length;
            var n = Args.Count;
            """);

        Assert.True(verdict.IsAccepted, string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
    }

    [Fact]
    public void A_compile_error_is_reported_with_its_line()
    {
        GateResult verdict = ScriptGate.Check("var a = 1;\nvar b = a +;");

        Assert.Equal(GateVerdict.CompileError, verdict.Verdict);
        Assert.Contains(verdict.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Line == 2);
    }

    // Errors the guard rewrite makes disappear (a missing token of an expression body, whose block it rebuilds; a catch
    // clause's order, which its filters change): the run must take its verdict from the original text, never from the
    // guarded tree's compile (group 1, round 8 of docs/performance.md).
    [Theory]
    [InlineData("int Twice(int n) => n * 2\nConsole.Write(\"ran\");\nreturn Twice(1);", "CS1002")]
    [InlineData("try { } catch (Exception) { } catch (ArgumentException) { }\nConsole.Write(\"ran\");\nreturn 1;", "CS0160")]
    [InlineData("try { } catch { } catch (Exception e) { }\nConsole.Write(\"ran\");\nreturn 1;", "CS1017")]
    public async Task A_compile_error_the_guarded_tree_would_not_have_never_runs(string code, string error)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Scripts.AssertStatus(ScriptStatus.CompileError, result);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(result.Diagnostics, d => d.Id == error);
    }

    [Fact]
    public void Refuses_a_script_over_the_size_cap()
    {
        GateResult verdict = ScriptGate.Check("var s = \"" + new string('a', 100_001) + "\";");

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        Assert.Equal(ScriptGate.SizeCapId, Assert.Single(verdict.Diagnostics).Id);
    }

    [Fact]
    public void Accepts_constants_that_repeat_each_other_within_the_size_cap()
    {
        GateResult verdict = ScriptGate.Check("""
            const string A = "abcdefgh";
            const string B = A + A + A;
            const string C = $"{B}-{B}";
            class K { public const string D = C + C; }
            return K.D + C + nameof(K.D);
            """);

        Assert.Equal(GateVerdict.Accepted, verdict.Verdict);
    }

    [Fact]
    public void Accepts_a_chain_of_thousands_of_constants_each_one_longer_than_the_last()
    {
        string code = "const string c0 = \"x\";\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => $"const string c{i} = c{i - 1} + \"x\";\n")) + "return c2000.Length;";

        GateResult verdict = ScriptGate.Check(code);

        Assert.Equal(GateVerdict.Accepted, verdict.Verdict);
    }

    [Fact]
    public void Refuses_a_string_constant_that_folds_past_the_size_cap()
    {
        // 167 characters of script; the fifth constant folds to 160 characters and the sixth to 320.
        string code = "const string A = \"xxxxxxxxxx\";\n" + string.Concat("ABCDE".Select(p => $"const string {(char)(p + 1)} = {p} + {p};\n")) + "return F.Length;";

        GateResult verdict = ScriptGate.Check(code, new GateOptions { MaxSourceLength = 200 });

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        ScriptDiagnostic cap = Assert.Single(verdict.Diagnostics);
        Assert.Equal(ScriptGate.SizeCapId, cap.Id);
        Assert.Contains("line 6", cap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_cannot_leave_a_host_object_locked_past_its_run()
    {
        // The host's input string: the script's iterator locks it and stops at a yield inside the lock.
        string input = new string('k', 8);
        ScriptResult result = await Scripts.RunAsync(ChainOfCode.Tests.Shared.HostileCorpus.Named("threads--lock-held-across-a-yield").Code, new RunOptions { Input = input });

        bool free = Monitor.TryEnter(input);
        if (free)
        {
            Monitor.Exit(input);
        }

        Assert.True(free, $"the host's input is still locked by a run that ended {result.Status}");
        Scripts.AssertStatus(ScriptStatus.Rejected, result);
        Assert.Contains(result.Diagnostics, d => d.Id == "COC0007");
    }

    [Theory]
    [InlineData(8, GateVerdict.Accepted)]
    [InlineData(9, GateVerdict.Rejected)]
    public void Interpolated_strings_nest_at_most_eight_deep_even_through_calls(int levels, GateVerdict expected)
    {
        // Each level's compile work about doubles; a call between the levels does not stop the compiler's.
        string code = "string F(string s) => s;\nreturn " + string.Concat(Enumerable.Repeat("F($\"{", levels)) + "1" + string.Concat(Enumerable.Repeat("}\")", levels)) + ";";

        GateResult verdict = ScriptGate.Check(code);

        Assert.Equal(expected, verdict.Verdict);
        if (expected == GateVerdict.Rejected)
        {
            Assert.Equal(ScriptGate.NestingCapId, Assert.Single(verdict.Diagnostics).Id);
        }
    }

    [Theory]
    [InlineData(false, "interpolated strings deeper than 8")]
    [InlineData(true, "levels of brackets or chained expressions")]
    public void One_walk_measures_both_nesting_caps_and_the_chains_cap_is_named_first(bool deepChain, string expected)
    {
        // Nine interpolations deep in the script's last statement, after a chain within or past the nesting cap: the two
        // caps are measured in one walk of the tree, and a script past both is named by the chains' cap, as before.
        string chain = "var x = 1" + string.Concat(Enumerable.Repeat(" + 1", deepChain ? 5_000 : 5)) + ";\n";
        string code = chain + "string F(string s) => s;\nreturn " + string.Concat(Enumerable.Repeat("F($\"{", 9)) + "1" + string.Concat(Enumerable.Repeat("}\")", 9)) + ";";

        GateResult verdict = ScriptGate.Check(code);

        ScriptDiagnostic cap = Assert.Single(verdict.Diagnostics);
        Assert.Equal(ScriptGate.NestingCapId, cap.Id);
        Assert.Contains(expected, cap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_cap_can_be_changed()
    {
        GateResult verdict = ScriptGate.Check("var a = 12345;", new GateOptions { MaxSourceLength = 5 });

        Assert.Equal(ScriptGate.SizeCapId, Assert.Single(verdict.Diagnostics).Id);
    }

    [Theory]
    [InlineData('(', ')')]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Refuses_deep_brackets_before_parsing_and_fast(char open, char close)
    {
        // Before parsing, without a clock: the parse honours the run's token and the text's scan does not, so with a token
        // already cancelled the cap still answers, while a script within the cap stops at its parse.
        string code = "var x = " + new string(open, 99_000) + "1" + new string(close, 10) + ";";
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        GateResult verdict = ScriptGate.Check(code, cancellationToken: cancelled.Token);

        Assert.Equal(ScriptGate.NestingCapId, Assert.Single(verdict.Diagnostics).Id);
        Assert.ThrowsAny<OperationCanceledException>(() => ScriptGate.Check("var x = " + open + "1" + close + ";", cancellationToken: cancelled.Token));
    }

    [Theory]
    [InlineData("var x = ", "-", "1;")]
    [InlineData("var x = ", "!", "true;")]
    [InlineData("var x = ", "(int)", "1;")]
    [InlineData("bool a = true; var x = ", "a ? 1 : ", "2;")]
    [InlineData("Func<int, int> f = ", "x => ", "x;")]
    [InlineData("int a; ", "a = ", "1;")]
    [InlineData("if (true) ", "if (true) ", "{ }")]
    [InlineData("var s = $\"", "{$\"", "\"}\";")]
    public void Refuses_deep_expression_chains(string prefix, string repeated, string suffix)
    {
        string code = prefix + string.Concat(Enumerable.Repeat(repeated, 5_000)) + suffix;
        GateResult verdict = ScriptGate.Check(code);

        Assert.Equal(ScriptGate.NestingCapId, Assert.Single(verdict.Diagnostics).Id);
    }

    [Fact]
    public void Brackets_in_strings_and_comments_do_not_count()
    {
        string dyck = new string('(', 300);
        string code = $$"""
            // {{dyck}}
            var a = "{{dyck}}";
            var b = @"{{dyck}}";
            var c = '(';
            var d = $"{a.Length} {{dyck}}";
            a.Length + b.Length + d.Length
            """;

        GateResult verdict = ScriptGate.Check(code);

        Assert.True(verdict.IsAccepted, string.Join("; ", verdict.Diagnostics.Select(d => d.Id + " " + d.Message)));
    }
}

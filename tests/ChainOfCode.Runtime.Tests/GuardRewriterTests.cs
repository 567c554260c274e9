using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime.Tests;

/// <summary>The guard rewrite adds no line: every user line keeps its number.</summary>
public sealed class GuardRewriterTests
{
    [Fact]
    public void The_rewrite_keeps_every_line_and_guards_every_construct()
    {
        const string Code = """
            int Square(int x) => x * x;
            Func<int, int> twice = x =>
                x * 2;
            var total = 0;
            for (var i = 0; i < 3; i++)
            {
                total += Square(i);
            }
            while (total > 100) total--;
            do { total++; } while (total < 5);
            try { total /= 0; }
            catch { total = -1; }
            finally { total += 1; }
            again:
            if (total < 0) goto again;
            class Box { public int Value => 1; public int this[int i] => i; }
            return twice(total);
            """;
        GateResult verdict = ScriptGate.Check(Code);
        Assert.True(verdict.IsAccepted);

        SyntaxTree guarded = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None);
        string[] before = Code.Split('\n');
        string[] after = guarded.GetText().ToString().Split('\n');

        Assert.Equal(before.Length, after.Length);
        for (int line = 0; line < before.Length; line++)
        {
            // Each user line still holds its own code (the guards are added in front of it or around it); a top-level var
            // gets its type written out (ScriptVariableTypeTests), so its line is known by the variable's name.
            string[] tokens = before[line].Trim().Split(' ', '(', ';');
            string firstToken = tokens[0] == "var" ? tokens[1] + " =" : tokens[0];
            Assert.Contains(firstToken, after[line], StringComparison.Ordinal);
        }

        string text = guarded.GetText().ToString();
        // Loops count their turns on credit (Refill); labels and switch sections pass a checkpoint.
        Assert.True(Count(text, ".Checkpoint()") + Count(text, ".Refill(") >= 4, text);
        // Square and twice call nothing (leaves): a checkpoint each; the property and the indexer enter.
        Assert.True(Count(text, ".Enter()") >= 2, text);
        Assert.Equal(2, Count(text, ".Checkpoint(); return"));
        Assert.Contains(".CanCatch(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_that_run_script_code_hold_no_credit_and_the_loops_inside_them_count_their_own()
    {
        const string Code = """
            var n = 0;
            for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { while (n < 0) { for (var m = 0; m < n; m++) { } } Action a = () => { for (var k = 0; k < 2; k++) n++; }; a(); } }
            return n;
            """;
        GateResult verdict = ScriptGate.Check(Code);
        string text = GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();

        // i and j call: a checkpoint a turn (and one at the lambda's entry). The nest of while and m spends one credit, the
        // lambda's loop its own: three turns on credit, two settles.
        Assert.Equal((3, 3, 2), (Count(text, ".Checkpoint(); "), Count(text, ".Refill("), Count(text, ".Settle(")));
    }

    [Fact]
    public void A_plain_loop_nest_counts_without_a_finally_or_a_filter()
    {
        // (An inner bound that is not a constant: a constant one is paid with the outer turn, which the next tests read.)
        string text = Guarded("var n = 0L; for (var i = 0; i < 10; i++) { for (var j = 0; j < i; j++) { n += i ^ j; } } return n;");

        Assert.Equal(2, Count(text, ".Refill("));
        Assert.Equal(1, Count(text, ".Settle("));
        Assert.DoesNotContain("finally", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".Unwinding(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bounded_loop_that_may_throw_settles_in_a_finally()
    {
        string text = Guarded("var a = new int[3]; for (var i = 0; i < 3; i++) { a[i] = i; } return a[2];");

        Assert.Contains("finally", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_that_calls_passes_a_checkpoint_every_turn_and_holds_no_credit()
    {
        string text = Guarded("var xs = new List<int>(); for (var i = 0; i < 3; i++) { xs.Add(i); } return xs.Count;");

        Assert.Equal((1, 0, false), (Count(text, ".Checkpoint(); "), Count(text, ".Refill("), text.Contains("finally", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_bounded_loop_gives_its_credit_back_in_a_filter_before_the_script_s_filters_run()
    {
        string text = Guarded("var a = new int[3]; for (var i = 0; i < 3; i++) { a[i] = i; } return a[2];");

        Assert.Contains(".Unwinding(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_where_this_is_the_script_read_the_guard_off_the_script_and_the_others_off_the_holder()
    {
        string text = Guarded("""
            Func<int, int> top = x => x + 1;
            int Local(int x) => x * 2;
            Func<int, int> alone = static x => x - 1;
            class Box { public Func<int, int> Inner = x => x; }
            return top(Local(alone(new Box().Inner(3))));
            """);

        // The top-level lambda and local function: off the script object; the static lambda and the class's: the holder.
        Assert.Equal(2, Count(text, "= __cocGuard; __cocG"));
        Assert.Equal(2, Count(text, "= __cocRun; __cocG"));
    }

    [Fact]
    public void A_throw_free_function_exits_at_its_returns_and_one_that_may_throw_keeps_its_finally()
    {
        string text = Guarded("""
            int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            Func<int, int> g = x => Fib(x) + 1;
            long Sum(int n) { long s = 0; for (var i = 0; i < n; i++) { s += i % 7; } return s; }
            int Divide(int a, int b) => a / b;
            int Twice(int d) => 2 * Divide(10, d);
            return g(5) + (int)Sum(3) + Twice(1);
            """);

        // The lambda: no try (Fib, called directly, enters its twin: DirectCallTests); Sum calls nothing (a leaf): a
        // checkpoint, no depth; Divide may throw, and so may Twice, which calls it: each keeps its finally.
        Assert.Equal(1, Count(text, ".Exit<"));
        Assert.Contains(".Exit<int>(Fib(x) + 1)", text, StringComparison.Ordinal);
        Assert.Contains(".Checkpoint(); long s = 0;", text, StringComparison.Ordinal);
        Assert.Equal(2, Count(text, ".Exit(); }"));
    }

    [Fact]
    public void A_function_that_calls_nothing_passes_a_checkpoint_and_one_that_calls_enters()
    {
        string text = Guarded("""
            Func<int, int> square = x => x * x;
            int Inc(int x) => x + 1;
            Func<int, int> viaInc = x => Inc(x);
            Func<int, string> text = x => x.ToString();
            return square(2) + viaInc(3) + text(4).Length;
            """);

        // square and Inc: a checkpoint; viaInc calls a script function, text a library method: each enters.
        Assert.Equal(2, Count(text, ".Checkpoint(); return"));
        Assert.Equal(1, Count(text, ".Exit<int>("));
        Assert.Equal(1, Count(text, ".Exit(); }"));
    }

    [Fact]
    public void Guard_reads_in_a_loop_or_a_function_use_its_local_except_in_a_query()
    {
        string text = Guarded("""
            var hits = 0;
            var xs = new[] { 1, 2, 3 };
            for (var i = 0; i < 3; i++) { hits += Regex.IsMatch("a" + i, "a[0-9]") ? 1 : 0; hits += (from x in xs where x > i select x).Count(); }
            int Check(string pattern) => Regex.IsMatch("b", pattern) ? 1 : 0;
            return hits + Check("b");
            """);

        // The loop's regex (a constant pattern: its call site's instance) and the function's static call read their locals;
        // the query clause (a lambda) keeps the holder's field rather than capture the loop's local.
        Assert.Contains("__cocG0.IsMatch(0, \"a[0-9]\", (global::System.Text.RegularExpressions.RegexOptions)(0), \"a\" + i)", text, StringComparison.Ordinal);
        Assert.Contains("__cocG1.RegexStatics.IsMatch(\"b\", pattern)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__cocRun.IsMatch", text, StringComparison.Ordinal);
        Assert.DoesNotContain("__cocRun.RegexStatics", text, StringComparison.Ordinal);
        Assert.Contains("where __cocRun.Step(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_loop_whose_turns_are_known_when_it_starts_pays_them_at_once()
    {
        // Paid in chunks (one when the loop is short) that run one copy of the body: a reserve, and the body once.
        string counted = Guarded("var n = 0L; for (var i = 0; i < 10; i++) { for (var j = 0; j < i; j++) { n += j; } } return n;");
        Assert.Equal(1, Count(counted, ".Reserve("));
        Assert.Equal(1, Count(counted, "n += j"));

        // Its body changes the bound, or it may leave early, or its bound is a top-level variable (a field): counted turn by turn.
        Assert.Equal(0, Count(Guarded("long F(int m) { long n = 0; for (var j = 0; j < m; j++) { m--; n += j; } return n; } return F(9);"), ".Reserve("));
        Assert.Equal(0, Count(Guarded("var n = 0L; for (var j = 0; j < 9; j++) { if (j == n) break; n += j; } return n;"), ".Reserve("));
        Assert.Equal(0, Count(Guarded("var m = 9; var n = 0L; for (var j = 0; j < m; j++) { n += j; } return n;"), ".Reserve("));
    }

    [Fact]
    public void A_counted_loop_whose_body_spans_lines_pays_its_turns_at_once_and_keeps_every_line()
    {
        const string Code = "long F(int m)\n{\n    long s = 0;\n    for (var j = 0; j < m; j++)\n    {\n        s += j;\n    }\n    return s;\n}\nreturn F(9);\n";

        string text = Guarded(Code);

        Assert.Equal(1, Count(text, ".Reserve("));
        Assert.Equal(1, Count(text, "s += j"));
        // The line of the body and of every statement after the loop are the script's own.
        string[] lines = text.Split('\n');
        Assert.Equal(Code.Split('\n').Length, lines.Length);
        Assert.Contains("s += j;", lines[5], StringComparison.Ordinal);
        Assert.Contains("return s;", lines[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_around_a_short_constant_loop_pays_its_turn_and_that_loop_at_once()
    {
        // At the top level (the sum is the script's field): a turn pays itself and the inner loop's 15 turns, and the inner
        // loop runs as written; its counted copy (one reserve) runs only when the guard grants less.
        string folded = Guarded("long s = 0; for (var i = 0; i < 100; i++) { for (var j = 0; j < 15; j++) { s += i ^ j; } } return s;");
        Assert.Contains("if (__cocG0t < 16 && 16 > (__cocG0t = __cocG0.Reserve(__cocG0t, 16)))", folded, StringComparison.Ordinal);
        Assert.Contains("__cocG0t -= 16;for (var j = 0; j < 15; j++) { s += i ^ j; }", folded, StringComparison.Ordinal);
        Assert.Equal(2, Count(folded, "Reserve"));
        Assert.Equal(2, Count(folded, "s += i ^ j"));

        // A sum in a local, a bound that is not a constant, more than 256 turns, or another statement beside it: paid as before.
        Assert.DoesNotContain(", 16)", Guarded("long F() { long s = 0; for (var i = 0; i < 100; i++) { for (var j = 0; j < 15; j++) { s += i ^ j; } } return s; } return F();"), StringComparison.Ordinal);
        Assert.DoesNotContain("-= 16;", Guarded("long s = 0; int m = 15; for (var i = 0; i < 100; i++) { for (var j = 0; j < m; j++) { s += i ^ j; } } return s;"), StringComparison.Ordinal);
        Assert.DoesNotContain(", 258)", Guarded("long s = 0; for (var i = 0; i < 100; i++) { for (var j = 0; j < 257; j++) { s += i ^ j; } } return s;"), StringComparison.Ordinal);
        Assert.DoesNotContain(", 16)", Guarded("long s = 0; for (var i = 0; i < 100; i++) { s++; for (var j = 0; j < 15; j++) { s += i ^ j; } } return s;"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_around_a_short_constant_loop_that_spans_lines_keeps_every_line()
    {
        const string Code = "long s = 0;\nfor (var i = 0; i < 100; i++)\n{\n    // the inner loop\n    for (var j = 0; j < 15; j++)\n    {\n        s += i ^ j;\n    }\n}\nreturn s;\n";

        string text = Guarded(Code);

        Assert.Contains(".Reserve(__cocG0t, 16)", text, StringComparison.Ordinal);
        string[] lines = text.Split('\n');
        Assert.Equal(Code.Split('\n').Length, lines.Length);
        Assert.Contains("s += i ^ j;", lines[6], StringComparison.Ordinal);
        Assert.Contains("return s;", lines[9], StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_around_a_short_constant_loop_whose_text_spans_lines_keeps_every_line()
    {
        // A verbatim string's line break is inside one token: the inner loop cannot be copied onto one line.
        const string Code = "string t = \"\";\nfor (var i = 0; i < 100; i++)\n{\n    for (var j = 0; j < 15; j++) { t = @\"a\nb\"; }\n}\nreturn t;\n";

        string[] lines = Guarded(Code).Split('\n');

        Assert.Equal(Code.Split('\n').Length, lines.Length);
        Assert.Contains("return t;", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_is_held_in_a_static_field_of_the_script_class_and_the_rewrite_adds_no_type()
    {
        GateResult verdict = ScriptGate.Check("""
            var words = "a b c".Split(' ');
            int Twice(int n) => n * 2;
            class Box { public int Size() { var s = 0; foreach (var w in new[] { 1, 2 }) { s += w; } return s; } }
            return Twice(words.Length) + new Box().Size();
            """);
        Assert.True(verdict.IsAccepted);

        Microsoft.CodeAnalysis.CSharp.CSharpCompilation guarded = GuardRewriter.Apply(verdict.Compilation!, verdict.Tree!, CancellationToken.None);
        INamedTypeSymbol script = guarded.ScriptClass!;
        // The script's own class is the only type nested in it: a type more cost every guarded emit (group 1, round 16).
        Assert.Equal(["Box"], script.GetTypeMembers().Select(t => t.Name));
        IFieldSymbol holder = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(script.GetMembers(GuardRewriter.HolderField)));
        Assert.True(holder.IsStatic);
        Assert.Equal("ChainOfCode.Runtime.ScriptGuard", holder.Type.ToDisplayString());
        Assert.True(guarded.Emit(Stream.Null).Success);
    }

    private static string Guarded(string code)
    {
        GateResult verdict = ScriptGate.Check(code);
        Assert.True(verdict.IsAccepted);
        return GuardRewriter.Rewrite(verdict.Tree!, verdict.Compilation!.GetSemanticModel(verdict.Tree!), CancellationToken.None).GetText().ToString();
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

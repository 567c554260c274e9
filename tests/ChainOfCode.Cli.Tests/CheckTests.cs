using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChainOfCode.Cli.Tests;

public sealed class CheckTests
{
    private static readonly Regex Canonical = new(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>COC\w+|CS\d+): (?<message>.+)$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private const string FileRead = """
        using System.IO;

        public static class Reader
        {
            public static string Read(string path) => File.ReadAllText(path);
        }
        """;

    private const string Clean = """
        using System.Linq;

        public static class Words
        {
            public static string[] Sort(string[] words) => words.OrderBy(w => w).ToArray();
        }
        """;

    [Fact]
    public void Text_output_uses_the_canonical_format_and_exit_1_on_an_error()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Reader.cs", FileRead);

        CliResult result = Cli.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        string first = result.Out.ReplaceLineEndings("\n").Split('\n')[0];
        Match match = Canonical.Match(first);
        Assert.True(match.Success, first);
        Assert.Equal(file, match.Groups["file"].Value);
        Assert.Equal("5", match.Groups["line"].Value);
        Assert.Equal("47", match.Groups["col"].Value);
        Assert.Equal("error", match.Groups["severity"].Value);
        Assert.Equal("COC0001", match.Groups["id"].Value);
        Assert.Contains("File.ReadAllText(string)", match.Groups["message"].Value);
        Assert.Contains("1 file(s), 1 error(s), 0 warning(s)", result.Out);
    }

    [Fact]
    public void Scripts_that_would_overflow_the_stack_below_the_guards_are_refused_by_check()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("stack.csx", """
            struct A { public long a, b, c, d, e, f, g, h; }
            struct B { public A a, b, c, d, e, f, g, h; }
            struct C { public B a, b, c, d, e, f, g, h; }
            struct D { public C a, b, c, d, e, f, g, h; }
            long R(int n) { D big = default; return n == 0 ? big.a.a.a.a : R(n - 1); }
            while (true) { Span<int> chunk = stackalloc int[16]; }
            """);

        CliResult result = Cli.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("stack.csx(5,19): error COCR0008: 'D' takes about 32768 bytes", result.Out, StringComparison.Ordinal);
        Assert.Contains("stack.csx(6,34): error COC0005:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_code_exits_0()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Words.cs", Clean);

        CliResult result = Cli.Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file(s), 0 error(s), 0 warning(s)", result.Out);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Match.cs", """
            using System.Text.RegularExpressions;

            public static class Matcher
            {
                public static bool Digits(string s) => Regex.IsMatch(s, "^[0-9]+$");
            }
            """);

        CliResult result = Cli.Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("): warning COC0009: ", result.Out);
    }

    [Fact]
    public void Compiler_errors_of_cs_files_do_not_count()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Missing.cs", """
            using Newtonsoft.Json;

            public static class Serializer
            {
                public static string Write(object o) => JsonConvert.SerializeObject(o) + UndefinedThing;
            }
            """);

        CliResult result = Cli.Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(" CS", result.Out);
    }

    [Fact]
    public void Directories_are_searched_recursively_for_cs_and_csx_but_not_bin_or_obj()
    {
        using var temp = new TempDirectory();
        temp.Write("src/Reader.cs", FileRead);
        temp.Write("src/deep/er/Words.cs", Clean);
        temp.Write("scripts/read.csx", "string text = System.IO.File.ReadAllText(\"x\");\nreturn text;");
        temp.Write("src/obj/Generated.cs", FileRead);
        temp.Write("src/bin/Copied.cs", FileRead);
        temp.Write("notes.txt", "File.ReadAllText");

        CliResult result = Cli.Run("check", temp.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, json.RootElement.GetProperty("files").GetInt32());
        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("file").GetString())).ToList();
        Assert.Equal(["Reader.cs", "read.csx"], files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_has_the_contract_fields()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Reader.cs", FileRead);

        CliResult result = Cli.Run("check", file, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(["files", "diagnostics"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("files").GetInt32());
        JsonElement diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(["file", "id", "severity", "message", "line", "column"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(file, diagnostic.GetProperty("file").GetString());
        Assert.Equal("COC0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(47, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("reaches the file system", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_of_a_clean_run_has_an_empty_list()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Words.cs", Clean);

        CliResult result = Cli.Run("check", file, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Scripts_default_to_allowlist_and_cs_files_to_denylist()
    {
        using var temp = new TempDirectory();
        const string OutsideSurface = "var html = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(\"<b>\");\nreturn html;\n";
        string script = temp.Write("surface.csx", OutsideSurface);
        string code = temp.Write("Surface.cs", "public static class S { public static string Html() => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(\"<b>\"); }");

        CliResult scriptResult = Cli.Run("check", script);
        CliResult codeResult = Cli.Run("check", code);
        CliResult scriptDenylist = Cli.Run("check", script, "--mode", "denylist");
        CliResult codeAllowlist = Cli.Run("check", code, "--mode", "allowlist");

        Assert.Equal(1, scriptResult.ExitCode);
        Assert.Contains("): error COC0011: ", scriptResult.Out);
        Assert.Equal(0, codeResult.ExitCode);
        Assert.Equal(0, scriptDenylist.ExitCode);
        Assert.Equal(1, codeAllowlist.ExitCode);
        Assert.Contains("): error COC0011: ", codeAllowlist.Out);
    }

    [Fact]
    public void Script_globals_are_inside_the_allowed_surface()
    {
        using var temp = new TempDirectory();
        string script = temp.Write("globals.csx", "var line = ReadLine();\nreturn Input.Length + Args.Count + (line?.Length ?? 0);\n");

        CliResult result = Cli.Run("check", script);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Script_compile_errors_are_reported_because_scripts_have_exactly_the_runtime_references()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("missing.csx", "return undefinedName + 1;\n");

        CliResult result = Cli.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.csx(1,8): error CS0103: ", result.Out);
    }

    [Fact]
    public void A_policy_file_adds_rules_and_its_problems_are_reported()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "P:System.DateTime.Now; take the time from the inputs\nnot a policy line\n");
        string file = temp.Write("Clock.cs", "public static class Clock { public static System.DateTime Read() => System.DateTime.Now; }");

        CliResult result = Cli.Run("check", file, "--policy", policy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("): error COC0012: ", result.Out);
        Assert.Contains("take the time from the inputs", result.Out);
        Assert.Contains($"{policy}(2,1): warning COC0090: ", result.Out);
    }

    [Fact]
    public void Each_problem_of_a_policy_file_is_reported_once_at_its_line_whatever_the_scripts_checked()
    {
        // Before, the gate's verdict of every script repeated them at the script's line 1 ("Policy line 2: ..."), and the
        // unresolved line (COC0091) was reported only there.
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "P:System.DateTime.Now; take the time from the inputs\nnot a policy line\nT:System.Nope\n");
        string first = temp.Write("a.csx", "return 1;\n");
        string second = temp.Write("b.csx", "return 2;\n");

        CliResult result = Cli.Run("check", first, second, "--policy", policy);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"{policy}(2,1): warning COC0090: Expected a documentation-comment ID such as T:System.IO.File or M:System.IO.File.ReadAllText(System.String), a '#' comment, a [section], 'mode:' or 'capability:'.",
                $"{policy}(3,1): warning COC0091: 'T:System.Nope' names no type in this compilation.",
                "coc check: 2 file(s), 0 error(s), 2 warning(s)",
            ],
            lines);
    }

    [Fact]
    public void A_policy_file_that_names_a_mode_sets_the_mode_of_cs_files()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "mode: allowlist\n");
        string file = temp.Write("Surface.cs", "public static class S { public static string Html() => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(\"<b>\"); }");

        CliResult result = Cli.Run("check", file, "--policy", policy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("): error COC0011: ", result.Out);
    }

    [Fact]
    public void Every_hostile_sample_that_is_refused_before_running_fails_the_check()
    {
        CliResult result = Cli.Run("check", Path.Combine(Cli.Samples, "hostile"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        var flagged = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => Path.GetFileName(d.GetProperty("file").GetString()))
            .ToHashSet();
        Assert.Contains("file_read.csx", flagged);
        Assert.Contains("reflection_by_string.csx", flagged);
        Assert.Contains("process_start.csx", flagged);
        Assert.DoesNotContain("infinite_loop.csx", flagged);
        Assert.DoesNotContain("deep_recursion.csx", flagged);
    }

    [Theory]
    [InlineData("System.IO.File.Delete(\"x\");", "COC0001")]
    [InlineData("if (Input.Length > 0) { System.Environment.Exit(3); }", "COC0002")]
    [InlineData("for (int i = 0; i < 1; i++) System.IO.File.Delete(\"x\");", "COC0001")]
    [InlineData("return System.IO.File.ReadAllText(\"x\");", "COC0001")]
    public void Top_level_statements_of_scripts_are_checked(string script, string id)
    {
        // Roslyn runs no operation actions on a script's top-level statements (only on its field initializers).
        using var temp = new TempDirectory();
        string file = temp.Write("top.csx", script + "\n");

        CliResult result = Cli.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"): error {id}: ", result.Out);
    }

    [Fact]
    public void The_model_style_samples_pass_the_check()
    {
        string[] samples = Directory.GetFiles(Cli.Samples, "*.csx");

        CliResult result = Cli.Run(["check", .. samples]);

        Assert.True(result.ExitCode == 0, result.Out);
        Assert.Contains($"{samples.Length} file(s), 0 error(s), 0 warning(s)", result.Out);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        Cli.Run("check", "/nonexistent/Program.cs").AssertUsageError("does not exist");
    }

    [Fact]
    public void A_file_that_is_not_cs_or_csx_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("notes.txt", "hello");
        Cli.Run("check", file).AssertUsageError("not a .cs or .csx file");
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        CliResult result = Cli.Run("check");
        Assert.Equal(64, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--mode", "graylist")]
    [InlineData("--policy", "/nonexistent/ChainOfCode.policy")]
    [InlineData("--frobnicate", "1")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Words.cs", Clean);

        CliResult result = Cli.Run("check", file, option, value);

        Assert.Equal(64, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }
}

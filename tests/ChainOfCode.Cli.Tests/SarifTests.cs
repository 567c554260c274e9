using System.Text.Json;
using ChainOfCode.Analyzers;

namespace ChainOfCode.Cli.Tests;

/// <summary>The SARIF 2.1.0 output against the structure code-scanning tools require.</summary>
public sealed class SarifTests
{
    [Fact]
    public void Sarif_has_the_required_structure()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("src/Reader.cs", """
            using System.IO;
            using System.Text.RegularExpressions;

            public static class Reader
            {
                public static string Read(string path) => File.ReadAllText(path);

                public static bool Digits(string s) => Regex.IsMatch(s, "^[0-9]+$");
            }
            """);

        CliResult result = Cli.Run("check", file, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(result.Out);
        JsonElement root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());

        JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("coc", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var descriptor in RuleDescriptors.All)
        {
            JsonElement rule = rules.Single(r => r.GetProperty("id").GetString() == descriptor.Id);
            Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        foreach (string gateCheck in new[] { "COCR0001", "COCR0002", "COCR0003", "COCR0004", "COCR0005", "COCR0006", "COCR0007", "COCR0008" })
        {
            Assert.Contains(rules, r => r.GetProperty("id").GetString() == gateCheck);
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (JsonElement item in results)
        {
            string ruleId = item.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[item.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(item.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
            JsonElement location = item.GetProperty("locations")[0].GetProperty("physicalLocation");
            string uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.True(Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _), uri);
            Assert.EndsWith("src/Reader.cs", uri);
            JsonElement region = location.GetProperty("region");
            string line = File.ReadAllLines(file)[region.GetProperty("startLine").GetInt32() - 1];
            string located = line[(region.GetProperty("startColumn").GetInt32() - 1)..];
            Assert.StartsWith(ruleId == "COC0001" ? "File.ReadAllText(path)" : "Regex.IsMatch(", located, StringComparison.Ordinal);
        }

        JsonElement error = results.Single(r => r.GetProperty("ruleId").GetString() == "COC0001");
        Assert.Equal("error", error.GetProperty("level").GetString());
        Assert.Equal(6, error.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        JsonElement warning = results.Single(r => r.GetProperty("ruleId").GetString() == "COC0009");
        Assert.Equal("warning", warning.GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_of_clean_code_has_an_empty_results_array_and_exit_0()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("Clean.cs", "public static class C { public static int Two() => 1 + 1; }");

        CliResult result = Cli.Run("check", file, "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(result.Out);
        Assert.Empty(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Gate_checks_of_scripts_point_at_their_rule()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("reserved.csx", "var __cocState = 1;\nreturn __cocState;\n");

        CliResult result = Cli.Run("check", file, "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(result.Out);
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        JsonElement reserved = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "COCR0003");
        int index = reserved.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("COCR0003", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[index].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("src/Program.cs", "src/Program.cs")]
    [InlineData("./a b/Program.cs", "a%20b/Program.cs")]
    [InlineData("/abs/dir/Program.cs", "file:///abs/dir/Program.cs")]
    public void Paths_become_uris(string path, string uri)
    {
        Assert.Equal(uri, CheckReport.ToUri(path));
    }
}

using System.Text.Json;
using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Cli.Tests;

public sealed class PolicyShowTests
{
    [Fact]
    public void Text_lists_every_rule_with_capability_severity_and_symbols()
    {
        CliResult result = Cli.Run("policy", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("mode: denylist", result.Out);
        foreach (Capability capability in Policy.Default.Capabilities)
        {
            Assert.Contains($"{capability.Id}  {capability.Title}  ", result.Out);
        }

        Assert.Contains("COC0001  File system  error", result.Out);
        Assert.Contains("    T:System.IO.File\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Json_has_one_object_per_rule()
    {
        CliResult result = Cli.Run("policy", "show", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("denylist", json.RootElement.GetProperty("mode").GetString());
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Policy.Default.Capabilities.Select(c => c.Id), rules.Select(r => r.GetProperty("id").GetString()));
        JsonElement files = rules.Single(r => r.GetProperty("id").GetString() == "COC0001");
        Assert.Equal("File system", files.GetProperty("capability").GetString());
        Assert.Equal("error", files.GetProperty("severity").GetString());
        Assert.Contains("T:System.IO.File", files.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.EndsWith("COC0001.md", files.GetProperty("helpUri").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("allowedSurface").EnumerateArray());
    }

    [Fact]
    public void A_policy_file_and_mode_change_what_is_shown()
    {
        using var temp = new TempDirectory();
        string policy = temp.Write("ChainOfCode.policy", "[COC0001]\nT:System.IO.StringReader\ncapability: COC0007 off\n");

        CliResult result = Cli.Run("policy", "show", "--policy", policy, "--mode", "allowlist");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("mode: allowlist", result.Out);
        Assert.Contains("    T:System.IO.StringReader", result.Out);
        Assert.Contains("COC0007  Threads and background work  error (off)", result.Out);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        Cli.Run("policy", "show", "--format", "xml").AssertUsageError("xml");
    }

    [Fact]
    public void A_missing_policy_file_is_a_usage_error()
    {
        Cli.Run("policy", "show", "--policy", "/nonexistent/ChainOfCode.policy").AssertUsageError("does not exist");
    }
}

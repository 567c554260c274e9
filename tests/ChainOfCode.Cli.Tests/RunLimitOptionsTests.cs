using System.Text.Json;

namespace ChainOfCode.Cli.Tests;

/// <summary><c>coc run</c>'s step and depth limits, the incident log and the worker-only options.</summary>
public sealed class RunLimitOptionsTests
{
    [Fact]
    public void Max_steps_ends_a_long_loop_with_timeout()
    {
        CliResult result = Cli.RunWithInput("long n = 0; for (int i = 0; i < 100_000; i++) { n += i; } return n;", "run", "-", "--json", "--isolation", "inprocess", "--max-steps", "1000", "--timeout", Cli.Deadline);

        Assert.Equal("timeout", Status(result));
    }

    [Fact]
    public void Max_depth_ends_a_deep_recursion_with_recursion_limit()
    {
        CliResult result = Cli.RunWithInput("int Down(int n) => n == 0 ? 0 : 1 + Down(n - 1); return Down(50);", "run", "-", "--json", "--isolation", "inprocess", "--max-depth", "20", "--timeout", Cli.Deadline);

        Assert.Equal("recursion_limit", Status(result));
    }

    [Theory]
    [InlineData("inprocess")]
    [InlineData("worker")]
    public void The_log_option_appends_the_run_events_as_json_lines_with_the_incident_fields(string isolation)
    {
        using var temp = new TempDirectory();
        string log = Path.Combine(temp.Path, "incidents.jsonl");
        File.WriteAllText(log, "{\"event\":\"earlier\"}\n");

        CliResult result = Cli.Run("run", Cli.Hostile("file_read.csx"), "--isolation", isolation, "--log", log, "--timeout", Cli.Deadline);

        Assert.Equal(1, result.ExitCode);
        string[] lines = File.ReadAllLines(log);
        Assert.Equal("{\"event\":\"earlier\"}", lines[0]);
        using JsonDocument rejected = JsonDocument.Parse(lines.Single(l => l.Contains("\"RunRejected\"", StringComparison.Ordinal)));
        Assert.Equal(["time", "event", "severity", "details"], rejected.RootElement.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal("warning", rejected.RootElement.GetProperty("severity").GetString());
        Assert.Contains("COC0001", rejected.RootElement.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_file_that_cannot_be_written_is_a_usage_error()
    {
        Cli.Run("run", Cli.Sample("word_sorting.csx"), "--isolation", "inprocess", "--log", "/nonexistent-dir/x.jsonl").AssertUsageError("log file");
    }

    [Theory]
    [InlineData("--cpu-quota", "50%")]
    [InlineData("--worker-memory", "512MB")]
    [InlineData("--max-tasks", "64")]
    [InlineData("--allow-degraded-isolation", null)]
    public void Worker_options_with_in_process_isolation_are_usage_errors(string option, string? value)
    {
        string[] args = value is null
            ? ["run", Cli.Sample("word_sorting.csx"), "--isolation", "inprocess", option]
            : ["run", Cli.Sample("word_sorting.csx"), "--isolation", "inprocess", option, value];

        Cli.Run(args).AssertUsageError("worker isolation only");
    }

    [Theory]
    [InlineData("--max-steps", "0", "--max-steps: '0' is not a whole number")]
    [InlineData("--max-depth", "deep", "--max-depth: 'deep' is not a whole number")]
    [InlineData("--cpu-quota", "0%", "--cpu-quota: '0%' is not a CPU percentage")]
    [InlineData("--max-tasks", "-1", "--max-tasks")]
    public void Bad_limit_values_are_one_line_usage_errors(string option, string value, string message)
    {
        Cli.Run("run", Cli.Sample("word_sorting.csx"), option, value).AssertUsageError(message);
    }

    [Fact]
    public void A_worker_with_a_cpu_quota_and_a_task_cap_runs_a_sample_and_names_them()
    {
        CliResult result = Cli.Run("run", Cli.Sample("word_sorting.csx"), "--json", "--cpu-quota", "50%", "--max-tasks", "128", "--worker-memory", "800MB");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Contains("cpu-quota,memory-cgroup,pids-limit", json.RootElement.GetProperty("isolation").GetString(), StringComparison.Ordinal);
    }

    private static string? Status(CliResult result)
    {
        using JsonDocument json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("status").GetString();
    }
}

using System.Globalization;
using ChainOfCode.Runtime;
using ChainOfCode.Runtime.Isolation;
using static ChainOfCode.Worker.Tests.WorkerTestSupport;

namespace ChainOfCode.Worker.Tests;

/// <summary>500 submissions, one in five hostile, through two workers; then the kill switch under load.</summary>
public sealed class WorkerLoadTests
{
    private enum Kind
    {
        Benign,
        Refused,
        Throws,
        Spins,
        Recurses,
    }

    [Fact]
    public async Task Every_submission_gets_exactly_one_result_and_the_emergency_stop_ends_everything()
    {
        await using WorkerPool pool = NewPool(workers: 2, configure: o => o with { QueueCapacity = 1_000, ViolationThreshold = 0 });
        await pool.StartAsync();

        var submissions = new List<(Kind Kind, int N, Task<ScriptResult> Result)>();
        for (int n = 0; n < 500; n++)
        {
            // 100 hostile: 80 refused by the gate, 10 throw, 5 spin past the deadline, 5 recurse without end.
            Kind kind = n % 5 != 0 ? Kind.Benign : ((n / 5) % 20) switch
            {
                < 16 => Kind.Refused,
                < 18 => Kind.Throws,
                18 => Kind.Spins,
                _ => Kind.Recurses,
            };
            (string code, RunOptions options) = Script(kind, n);
            submissions.Add((kind, n, pool.RunAsync(code, options, callerId: "load-" + n.ToString(CultureInfo.InvariantCulture))));
        }

        ScriptResult[] results = await Task.WhenAll(submissions.Select(s => s.Result)).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(500, results.Length);
        for (int i = 0; i < submissions.Count; i++)
        {
            (Kind kind, int n, _) = submissions[i];
            ScriptResult result = results[i];
            switch (kind)
            {
                case Kind.Benign:
                    Assert.True(result.Status == ScriptStatus.Succeeded, $"#{n}: {result.Status} {result.Error}");
                    Assert.Equal(Expected(n).ToString(CultureInfo.InvariantCulture), result.Value?.GetRawText());
                    break;
                case Kind.Refused:
                    Assert.Equal(ScriptStatus.Rejected, result.Status);
                    break;
                case Kind.Throws:
                    Assert.Equal(ScriptStatus.RuntimeError, result.Status);
                    break;
                case Kind.Spins:
                    Assert.Equal(ScriptStatus.Timeout, result.Status);
                    break;
                default:
                    Assert.True(result.Status == ScriptStatus.RecursionLimit, $"#{n}: {result.Status} {result.Error}");
                    break;
            }

            Assert.Equal(pool.Isolation.Label, result.Isolation);
        }

        // The kill switch under load: 200 more, then stop once a run is in a worker.
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        pool.RequestSent += _ => sent.TrySetResult();
        Task<ScriptResult>[] second = [.. Enumerable.Range(0, 200).Select(n => pool.RunAsync(
            n % 10 == 0 ? "long i = 0; while (true) { i++; }" : "return " + n.ToString(CultureInfo.InvariantCulture) + ";",
            Limits(timeoutMs: 2_000)))];
        await sent.Task.WaitAsync(TimeSpan.FromMinutes(2));
        int[] pids = WorkerProcesses(pool);
        pool.EmergencyStop("load test");

        ScriptResult[] ended = await Task.WhenAll(second).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(200, ended.Length);
        Assert.Contains(ended, r => r.Status == ScriptStatus.Killed);
        Assert.All(ended, r => Assert.Contains(r.Status, new[] { ScriptStatus.Killed, ScriptStatus.Succeeded, ScriptStatus.Timeout }));
        Assert.All(pids, pid => Assert.False(IsWorkerAlive(pid)));
        Assert.Empty(pool.WorkerProcessIds);
        Assert.Empty(WorkerChildren());
        Assert.Equal(ScriptStatus.Killed, (await pool.RunAsync("return 1;")).Status);
    }

    private static long Expected(int n) => (long)n * (n - 1) / 2 % 1_000 + n;

    private static (string Code, RunOptions Options) Script(Kind kind, int n) => kind switch
    {
        Kind.Benign => ($"long s = 0; for (int i = 0; i < {n}; i++) {{ s += i; }} return s % 1000 + {n};", RunOptions.Default),
        Kind.Refused => ((n / 5) % 3) switch
        {
            0 => ("return System.IO.File.ReadAllText(\"/etc/passwd\");", RunOptions.Default),
            1 => ("System.Diagnostics.Process.Start(\"sh\"); return 0;", RunOptions.Default),
            _ => ("return Environment.GetEnvironmentVariable(\"HOME\");", RunOptions.Default),
        },
        Kind.Throws => ("throw new InvalidOperationException(\"no\");", RunOptions.Default),
        Kind.Spins => ("long i = 0; while (true) { i++; }", Limits(timeoutMs: 300)),
        _ => ("int F(int x) => F(x + 1) + 1; return F(0);", RunOptions.Default),
    };
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace ChainOfCode.Cli.Tests.Mcp;

/// <summary>
/// <c>dotnet coc.dll mcp ARGS</c> as a child process (the built tool, not <c>dotnet run</c>), with the MCP client of the
/// ModelContextProtocol package connected to its stdin and stdout. Its standard error is kept for failure messages.
/// </summary>
internal sealed class McpServerProcess : IAsyncDisposable
{
    /// <summary>
    /// How long a test waits for the server's start, an answer or its end: far longer than a loaded machine needs (a
    /// start and a first compile took 40 s and more at load 60 and beyond), and under the test step's hang limit (5 min),
    /// so that a stuck server fails its test instead of the whole test host.
    /// </summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(4);

    private readonly Process process;
    private readonly StringBuilder stderr;

    private McpServerProcess(Process process, McpClient client, StringBuilder stderr)
    {
        this.process = process;
        this.stderr = stderr;
        Client = client;
    }

    public McpClient Client { get; }

    public int Pid => process.Id;

    public string StandardError
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public static async Task<McpServerProcess> StartAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coc.dll"));
        info.ArgumentList.Add("mcp");
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        Process process = Process.Start(info)!;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        try
        {
            var transport = new StreamClientTransport(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            McpClient client = await McpClient.CreateAsync(transport).WaitAsync(Wait);
            return new McpServerProcess(process, client, errors);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Calls a tool; its JSON answer and the isError flag.</summary>
    public async Task<(JsonElement Json, bool IsError)> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        CallToolResult result = await Client.CallToolAsync(tool, arguments).AsTask().WaitAsync(Wait);
        string text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        return (JsonDocument.Parse(text).RootElement.Clone(), result.IsError == true);
    }

    public void Kill() => process.Kill(entireProcessTree: false);

    /// <summary>Closes the connection (the server's stdin ends) and waits for the server; kills it if it outstays the wait.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Client.DisposeAsync().AsTask().WaitAsync(Wait);
        }
        catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException)
        {
            // The server is gone or stuck; it is killed below either way.
        }

        // The client leaves the streams it was given open: the server sees the end of its input only when they close.
        await Stop();
        process.Dispose();
    }

    /// <summary>Closes the server's stdin and waits for it to end (killing it if it outstays the wait); its exit code.</summary>
    public async Task<int> Stop()
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It is gone already.
        }

        try
        {
            await process.WaitForExitAsync().WaitAsync(Wait);
        }
        catch (TimeoutException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        return process.ExitCode;
    }
}

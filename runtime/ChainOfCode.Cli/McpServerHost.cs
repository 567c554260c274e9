using System.IO;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ChainOfCode.Runtime.Agents;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ChainOfCode.Cli;

/// <summary>
/// The MCP server of <c>coc mcp</c> on this process's stdin and stdout: the agent tools of the runtime
/// (<see cref="ChainOfCodeTools"/>, so the model reads the same descriptions and gets the same JSON as through
/// Microsoft.Extensions.AI) and the effective rules as the resource <see cref="RulesUri"/>.
/// </summary>
internal static class McpServerHost
{
    public const string RulesUri = "coc://rules";

    /// <summary>Serves until the client closes the connection or <paramref name="cancellationToken"/> fires (Ctrl+C, SIGTERM).</summary>
    public static async Task ServeAsync(AIFunction run, ChainOfCodeToolOptions toolOptions, CancellationToken cancellationToken)
    {
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "coc", Version = typeof(McpServerHost).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" },
            ServerInstructions = "Runs C# safely. check_csharp tells whether a script passes the rules without running it; run_csharp runs it "
                + "under the gate, the guards and a worker process and answers with the run's JSON result. "
                + $"Read {RulesUri} for the rules and the allowed surface.",
            ToolCollection =
            [
                new StatusReportingTool(McpServerTool.Create(run, ToolAnnotations("Run C#"))),
                new StatusReportingTool(McpServerTool.Create(ChainOfCodeTools.CreateCheckCSharp(toolOptions), ToolAnnotations("Check C#"))),
            ],
            ResourceCollection =
            [
                McpServerResource.Create(
                    () => RulesJson(toolOptions),
                    new McpServerResourceCreateOptions
                    {
                        UriTemplate = RulesUri,
                        Name = "rules",
                        Title = "Chain of Code rules",
                        Description = "The rules every script is checked against: each rule's ID, capability, severity, safe alternative and symbols, and the allowed surface.",
                        MimeType = "application/json",
                    }),
            ],
        };

        McpServer server = McpServer.Create(new StdioServerTransport("coc"), options);
        await using (server.ConfigureAwait(false))
        {
            await server.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Runs stay inside the sandbox: nothing in the user's environment changes and nothing outside is reached.
    private static McpServerToolCreateOptions ToolAnnotations(string title) => new()
    {
        Title = title,
        ReadOnly = true,
        Destructive = false,
        OpenWorld = false,
    };

    private static string RulesJson(ChainOfCodeToolOptions toolOptions)
    {
        using var text = new StringWriter();
        JsonText.Write(text, indented: true, json => PolicyCommands.WriteJson(json, toolOptions.Gate.Policy));
        return text.ToString();
    }
}

using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ChainOfCode.Cli;

/// <summary>
/// Marks a tool result <c>isError</c> when the run (or the check) did not succeed, as MCP asks of tool execution
/// errors, so that a client shows a refused or limited run as a failed call. The content stays the JSON result.
/// </summary>
internal sealed class StatusReportingTool(McpServerTool inner) : DelegatingMcpServerTool(inner)
{
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        CallToolResult result = await base.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Content.OfType<TextContentBlock>().FirstOrDefault() is { } text && !Succeeded(text.Text))
        {
            result.IsError = true;
        }

        return result;
    }

    // A run answers "status", a check answers "verdict".
    private static bool Succeeded(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        return (root.TryGetProperty("status", out JsonElement status) && status.GetString() == "succeeded")
            || (root.TryGetProperty("verdict", out JsonElement verdict) && verdict.GetString() == "accepted");
    }
}

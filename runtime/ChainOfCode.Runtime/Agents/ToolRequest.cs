namespace ChainOfCode.Runtime.Agents;

/// <summary>One call of <c>run_csharp</c>, read and checked: the script, its inputs as a JSON object, its limits within the tool's maximums.</summary>
internal sealed record ToolRequest(string Code, string? ArgsJson, RunLimits Limits);

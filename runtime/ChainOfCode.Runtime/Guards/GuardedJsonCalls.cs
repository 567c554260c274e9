using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChainOfCode.Runtime.ScriptCalls;

/// <summary>
/// The extensions a guarded script calls where <c>node.ToJsonString(options)</c> or <c>node.ToString()</c> sits in a <c>?.</c> chain whose receiver
/// cannot leave the chain (<c>node?.ToJsonString()</c>, <c>node?.Root.ToJsonString()</c>): the guard rewrite writes
/// <c>node?.__cocToJsonString(__cocRun.Json, options)</c> and imports this namespace. Its name has the prefix the gate
/// refuses in a script's own code.
/// </summary>
public static class GuardedJsonCalls
{
    /// <summary>The extension's name.</summary>
    public const string ToJsonStringName = "__cocToJsonString";

    /// <summary>The extension's name for <c>node?.ToString()</c>.</summary>
    public const string NodeTextName = "__cocNodeText";

    /// <summary>As <see cref="JsonNode.ToJsonString(JsonSerializerOptions?)"/>, through <see cref="GuardedJson.ToJsonString"/>.</summary>
#pragma warning disable CA1707, IDE1006, SA1300 // the reserved prefix
    public static string __cocToJsonString(this JsonNode node, GuardedJson json, JsonSerializerOptions? options = null) =>
#pragma warning restore CA1707, IDE1006, SA1300
        json.ToJsonString(node, options);

    /// <summary>As <see cref="JsonNode.ToString"/>, through <see cref="GuardedJson.NodeText"/>.</summary>
#pragma warning disable CA1707, IDE1006, SA1300 // the reserved prefix
    public static string __cocNodeText(this JsonNode node, GuardedJson json) =>
#pragma warning restore CA1707, IDE1006, SA1300
        json.NodeText(node);

    /// <summary>The extension's name for <c>value?.ToString()</c> on a value that may hide a node or a big integer.</summary>
    public const string TextName = "__cocText";

    /// <summary>As <c>value.ToString()</c>, through <see cref="ScriptGuard.ToText{T}"/>.</summary>
#pragma warning disable CA1707, IDE1006, SA1300 // the reserved prefix
    public static string __cocText<T>(this T value, ScriptGuard guard) =>
#pragma warning restore CA1707, IDE1006, SA1300
        guard.ToText(value);
}

using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime;

/// <summary>
/// System.Text.Json caches type metadata in its options, the shared default options included; a script
/// that serializes its own types leaves them there and its collectible load context could never unload.
/// After such a run the runtime clears those caches through the serializer's hot-reload hook.
/// </summary>
internal static class SerializerCaches
{
    private static readonly Action<Type[]?>? ClearCache = Find();

    /// <summary>True when the hook exists in this runtime (it does on .NET 6 and later).</summary>
    public static bool CanClear => ClearCache is not null;

    public static void Clear() => ClearCache?.Invoke(null);

    /// <summary>True when the script names the serializer (so its caches must be cleared after the run).</summary>
    public static bool IsNamedIn(SyntaxTree tree, CancellationToken cancellationToken) =>
        tree.GetRoot(cancellationToken).DescendantTokens()
            .Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText is "JsonSerializer" or "JsonSerializerOptions" or "JsonTypeInfo" or "JsonNode" or "JsonValue");

    private static Action<Type[]?>? Find()
    {
        MethodInfo? method = typeof(JsonSerializerOptions).Assembly
            .GetType("System.Text.Json.JsonSerializerOptionsUpdateHandler")?
            .GetMethod("ClearCache", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])]);
        return method?.CreateDelegate<Action<Type[]?>>();
    }
}

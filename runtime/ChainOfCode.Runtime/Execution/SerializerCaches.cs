using System;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
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

    /// <summary>
    /// True when the script names a type the policy's <c>[guards]</c> lines mark <c>serializer-cache</c> (so the
    /// serializer's caches must be cleared after the run). By name, not by symbol: cheap, and an unused name only costs a clear.
    /// </summary>
    public static bool IsNamedIn(SyntaxTree tree, Policy policy, CancellationToken cancellationToken)
    {
        var names = new System.Collections.Generic.HashSet<string>(
            policy.TypeHints.Where(t => t.Hint == TypeHint.SerializerCache).Select(t => t.SimpleName), StringComparer.Ordinal);
        return tree.GetRoot(cancellationToken).DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && names.Contains(t.ValueText));
    }

    private static Action<Type[]?>? Find()
    {
        MethodInfo? method = typeof(JsonSerializerOptions).Assembly
            .GetType("System.Text.Json.JsonSerializerOptionsUpdateHandler")?
            .GetMethod("ClearCache", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Type[])]);
        return method?.CreateDelegate<Action<Type[]?>>();
    }
}

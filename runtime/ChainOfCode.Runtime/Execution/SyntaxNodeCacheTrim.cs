using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>
/// Empties Roslyn's process-wide cache of small syntax nodes. Every parse puts its nodes of up to three children into
/// a table of 65,536 slots, each node with its whole subtree (a string literal with its text and value), and a node
/// stays until another lands on its slot. Distinct scripts fill it with their own literals: over 10,000 distinct small
/// scripts the heap grew by about 10 MB, nearly all of it these nodes (group 3, round 9, in performance.md), still
/// growing at the end; a script's long literals stay with it just the same. The runner's maintenance empties it every
/// <see cref="NativeMemoryTrim.Every"/> runs, before the GC's turn, so what it held is garbage by then; the next parses
/// fill it again with what they use. The table is an array of nodes, null where a slot is free (Roslyn 5.x; where it
/// is not, <see cref="CanClear"/> is false and nothing is cleared). Emptying is safe at any moment: a parse reads a slot and reuses its node only
/// after comparing the node's kind and children with its own, so an empty slot is a miss, never a wrong node.
/// </summary>
internal static class SyntaxNodeCacheTrim
{
    private static readonly Array? Slots = Find();

    /// <summary>True when this version of Roslyn has the cache where it is looked for (tests hold that it does).</summary>
    public static bool CanClear => Slots is not null;

    /// <summary>Empties the cache; false when it was not found.</summary>
    public static bool Clear()
    {
        if (Slots is null)
        {
            return false;
        }

        Array.Clear(Slots);
        return true;
    }

    /// <summary>The nodes the cache holds now (tests and benchmarks).</summary>
    public static IEnumerable<object> Nodes()
    {
        if (Slots is null)
        {
            yield break;
        }

        foreach (object? node in Slots)
        {
            if (node is not null)
            {
                yield return node;
            }
        }
    }

    private static Array? Find() =>
        typeof(SyntaxNode).Assembly
            .GetType("Microsoft.CodeAnalysis.Syntax.InternalSyntax.SyntaxNodeCache")?
            .GetField("s_cache", BindingFlags.NonPublic | BindingFlags.Static)?
            .GetValue(null) as Array is { } slots && slots.GetType().GetElementType() == typeof(SyntaxNode).Assembly.GetType("Microsoft.CodeAnalysis.GreenNode")
            ? slots
            : null;
}

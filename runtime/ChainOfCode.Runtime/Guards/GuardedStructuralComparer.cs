using System.Collections;

namespace ChainOfCode.Runtime;

/// <summary>
/// <see cref="StructuralComparisons.StructuralEqualityComparer"/> and <see cref="StructuralComparisons.StructuralComparer"/>
/// as the script gets them (the rewrite reads them from its guard): the same answers, and every level of the data it
/// walks enters the guard, as a call does. Arrays and tuples hand the comparer to the next level, so a chain of nested
/// <c>object[]</c>, or one that holds itself (which recursed without end, allocating nothing, whatever the stack), ends
/// with <c>recursion_limit</c> at the depth limit instead of overflowing the stack.
/// </summary>
public sealed class GuardedStructuralComparer : IEqualityComparer, IComparer
{
    private readonly ScriptGuard guard;

    internal GuardedStructuralComparer(ScriptGuard guard)
    {
        this.guard = guard;
    }

    /// <inheritdoc cref="IEqualityComparer.Equals(object?, object?)"/>
    public new bool Equals(object? x, object? y)
    {
        guard.Enter();
        try
        {
            if (x is null)
            {
                return y is null;
            }

            return x is IStructuralEquatable structural ? structural.Equals(y, this) : y is not null && x.Equals(y);
        }
        finally
        {
            guard.Exit();
        }
    }

    /// <inheritdoc cref="IEqualityComparer.GetHashCode(object)"/>
    public int GetHashCode(object obj)
    {
        guard.Enter();
        try
        {
            return obj switch
            {
                null => 0,
                IStructuralEquatable structural => structural.GetHashCode(this),
                _ => obj.GetHashCode(),
            };
        }
        finally
        {
            guard.Exit();
        }
    }

    /// <inheritdoc cref="IComparer.Compare(object?, object?)"/>
    public int Compare(object? x, object? y)
    {
        guard.Enter();
        try
        {
            if (x is null)
            {
                return y is null ? 0 : -1;
            }

            if (y is null)
            {
                return 1;
            }

            return x is IStructuralComparable structural ? structural.CompareTo(y, this) : Comparer.Default.Compare(x, y);
        }
        finally
        {
            guard.Exit();
        }
    }
}

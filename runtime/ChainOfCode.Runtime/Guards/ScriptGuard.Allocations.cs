namespace ChainOfCode.Runtime;

/// <summary>
/// Pre-checks of the allocations one library call would make from its arguments (a size, count, capacity,
/// width or exponent), before the call: the budget counts after the fact, so a single call must not be able
/// to allocate far past it. Which argument of which API is checked, and how, is data: AllocationHints.
/// </summary>
public sealed partial class ScriptGuard
{
    /// <summary>Checks a count before an allocation (array length, capacity, string length, Repeat/Range count).</summary>
    public int Items(int count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public long Items(long count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public uint Items(uint count, int bytesPerItem)
    {
        CheckItems(count, bytesPerItem);
        return count;
    }

    /// <summary>Checks a count before an allocation.</summary>
    public ulong Items(ulong count, int bytesPerItem)
    {
        CheckItems(count > long.MaxValue ? long.MaxValue : (long)count, bytesPerItem);
        return count;
    }

    /// <summary>Checks that <paramref name="bytes"/> more bytes fit the budget.</summary>
    internal void CheckBytes(long bytes) => CheckItems(bytes, 1, itemLimit: false);

    private void CheckItems(long count, long bytesPerItem, bool itemLimit = true)
    {
        if (count <= 0)
        {
            return;
        }

        if (itemLimit && count > maxItems)
        {
            Halt(ScriptStatus.MemoryLimit, $"An allocation of {count} items is larger than the limit of {maxItems}.");
        }

        MeasureAllocation();
        long bytes = count > long.MaxValue / System.Math.Max(1, bytesPerItem) ? long.MaxValue : count * System.Math.Max(1, bytesPerItem);
        if (bytes > maxAllocated - allocated)
        {
            Halt(ScriptStatus.MemoryLimit, itemLimit
                ? $"An allocation of {count} items would pass the allocation budget of {maxAllocated} bytes."
                : $"An allocation of {bytes} bytes would pass the allocation budget of {maxAllocated} bytes.");
        }
    }
}

using System.ComponentModel;
using System.Runtime.InteropServices;

namespace ChainOfCode.Runtime;

/// <summary>
/// What a direct-call twin returns (<see cref="ScriptGuard.CallSlowly"/>): its value and the state it returns (<see cref="ScriptGuard.TwinState"/>: the step credit it did not spend and its depth room). Two
/// fields of at most eight bytes, laid out in order, so the JIT returns it in two registers.
/// </summary>
/// <typeparam name="T">The function's return type (a primitive).</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Sequential)]
public readonly struct Credited<T>
{
    /// <param name="value">The function's value.</param>
    /// <param name="credit">The steps left unspent.</param>
    public Credited(T value, long credit)
    {
        Value = value;
        Credit = credit;
    }

    /// <summary>The function's value.</summary>
    public T Value { get; }

    /// <summary>The steps left unspent.</summary>
    public long Credit { get; }
}

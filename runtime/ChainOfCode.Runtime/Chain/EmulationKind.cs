namespace ChainOfCode.Runtime.Chain;

/// <summary>What the emulator is asked to predict.</summary>
public enum EmulationKind
{
    /// <summary>The value of a call to a function the program does not define.</summary>
    Call,

    /// <summary>The new values of the variables a statement assigns, after the statement threw.</summary>
    Statement,
}

namespace ChainOfCode.Runtime.Chain;

/// <summary>How a step of a Chain-of-Code run happened. Serialized in snake_case.</summary>
public enum TraceKind
{
    /// <summary>The interpreter ran the line.</summary>
    Executed,

    /// <summary>The line called a function the program does not define; the emulator gave its value.</summary>
    EmulatedCall,

    /// <summary>The line threw; the emulator gave the new values of the variables it assigns.</summary>
    EmulatedStatement,
}

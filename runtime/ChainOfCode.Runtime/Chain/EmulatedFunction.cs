namespace ChainOfCode.Runtime.Chain;

/// <summary>A function the program calls but never defines: its name, how many arguments it takes, and the type its use gives it.</summary>
internal sealed record EmulatedFunction(string Name, int Arity, LiteralType ReturnType)
{
    /// <summary>The declaration the gate sees in its place: a body that never runs, so the analyzers see a complete program.</summary>
    public string Declaration()
    {
        var parameters = new string[Arity];
        for (int i = 0; i < Arity; i++)
        {
            parameters[i] = "object a" + i;
        }

        return $"{LiteralTypeSymbols.Syntax(ReturnType)} {Name}({string.Join(", ", parameters)}) => default; ";
    }
}

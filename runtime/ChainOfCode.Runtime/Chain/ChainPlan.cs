using System.Collections.Generic;

namespace ChainOfCode.Runtime.Chain;

/// <summary>A call site of an emulated function: what the emulator is told about it.</summary>
internal sealed record CallSite(string Function, int Line, string Code, LiteralType ReturnType);

/// <summary>
/// A program-level statement the rewrite instruments: its line and text, the variables it changes (for the
/// trace), the variables it assigns with their types (what the emulator gives when it throws; empty when it
/// cannot be emulated), and the variables visible before it (the state shown to the emulator).
/// </summary>
internal sealed record StatementSite(
    int Line,
    string Code,
    IReadOnlyList<string> Changes,
    IReadOnlyList<string> Targets,
    IReadOnlyList<LiteralType> TargetTypes,
    IReadOnlyList<string> State);

/// <summary>What the Chain-of-Code rewrite instrumented, indexed as the rewritten code refers to it.</summary>
internal sealed record ChainPlan(string Program, IReadOnlyList<CallSite> Calls, IReadOnlyList<StatementSite> Statements);

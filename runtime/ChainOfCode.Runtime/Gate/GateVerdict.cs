namespace ChainOfCode.Runtime;

/// <summary>What the gate decided about a script (<see cref="GateResult.Verdict"/>).</summary>
public enum GateVerdict
{
    /// <summary>The script may run.</summary>
    Accepted,

    /// <summary>A rule or a cap refused the script (a run ends <see cref="ScriptStatus.Rejected"/>).</summary>
    Rejected,

    /// <summary>The script does not compile (a run ends <see cref="ScriptStatus.CompileError"/>).</summary>
    CompileError,
}

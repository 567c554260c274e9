namespace ChainOfCode.Analyzers.Rules;

/// <summary>What reports a rule of the catalog: the <c>kind:</c> line of its section.</summary>
public enum RuleKind
{
    /// <summary><c>capability</c>: symbols and language features; a project's policy can add symbols to it (CapabilityAnalyzer).</summary>
    Capability,

    /// <summary><c>allowlist</c>: a use outside the allowed surface of allowlist mode (CapabilityAnalyzer).</summary>
    Allowlist,

    /// <summary><c>policy-file</c>: a bad line of a policy file (PolicyFileAnalyzer).</summary>
    PolicyFile,

    /// <summary><c>script-shape</c>: a shape of script code that the script-shape analyzer refuses.</summary>
    ScriptShape,

    /// <summary><c>gate</c>: a check of the runtime gate itself (caps, what only the gate's twin compilation shows).</summary>
    Gate,

    /// <summary><c>check</c>: a finding of <c>coc check</c> about a file it could not check.</summary>
    Check,

    /// <summary><c>chain</c>: a finding of the Chain-of-Code runner about a program.</summary>
    Chain,

    /// <summary><c>generator</c>: a finding of the source generators (script inputs, build-time vetting of listed scripts).</summary>
    Generator,
}

namespace ChainOfCode.Analyzers.Rules;

/// <summary>The diagnostic IDs. Titles, severities and covered symbols live in the catalog.</summary>
public static class RuleIds
{
    /// <summary>File system.</summary>
    public const string FileSystem = "COC0001";
    /// <summary>Process and runtime control.</summary>
    public const string ProcessControl = "COC0002";
    /// <summary>Network.</summary>
    public const string Network = "COC0003";
    /// <summary>Reflection and dynamic code.</summary>
    public const string Reflection = "COC0004";
    /// <summary>Native interop and unsafe code.</summary>
    public const string NativeInterop = "COC0005";
    /// <summary>Environment and host information.</summary>
    public const string Environment = "COC0006";
    /// <summary>Threads and background work.</summary>
    public const string Threading = "COC0007";
    /// <summary>Console input and process-wide streams.</summary>
    public const string ConsoleInput = "COC0008";
    /// <summary>Regular expression without a timeout.</summary>
    public const string RegexTimeout = "COC0009";
    /// <summary>Script directives.</summary>
    public const string ScriptDirective = "COC0010";
    /// <summary>Outside the allowed surface (allowlist mode).</summary>
    public const string OutsideAllowedSurface = "COC0011";
    /// <summary>Banned by the project's own policy.</summary>
    public const string ProjectPolicy = "COC0012";
    /// <summary>A script input that hands the script a capability (the script-inputs generator).</summary>
    public const string InputCapability = "COC0013";
    /// <summary>A listed script that cannot be vetted: unreadable, not compiling, or a clash of generated names.</summary>
    public const string ScriptNotVetted = "COC0014";
    /// <summary>A [ScriptInputs] type the generator cannot serve (not partial, an unsupported member).</summary>
    public const string ScriptInputsShape = "COC0015";
    /// <summary>A policy entry that does not parse.</summary>
    public const string PolicyParse = "COC0090";
    /// <summary>A policy entry that resolves to no symbol.</summary>
    public const string PolicyUnresolved = "COC0091";
    /// <summary>A policy entry that repeats another.</summary>
    public const string PolicyDuplicate = "COC0092";

    /// <summary>Where the rule pages live; a descriptor's help link is this plus the ID and ".md".</summary>
    public const string HelpLinkBase = "https://github.com/chainofcode/ChainOfCode.Analyzers/blob/main/docs/rules/";
}

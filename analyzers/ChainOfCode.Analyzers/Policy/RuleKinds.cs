using System;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>The catalog's spelling of <see cref="RuleKind"/> and what each kind allows.</summary>
internal static class RuleKinds
{
    private static readonly string[] Names = { "capability", "allowlist", "policy-file", "script-shape", "gate", "check", "chain", "generator" };

    public static bool TryParse(string text, out RuleKind kind)
    {
        int index = Array.IndexOf(Names, text.Trim().ToLowerInvariant());
        kind = index < 0 ? default : (RuleKind)index;
        return index >= 0;
    }

    public static string Name(RuleKind kind) => Names[(int)kind];

    /// <summary>A project's policy can list symbols under the section of this kind.</summary>
    public static bool TakesSymbols(RuleKind kind) => kind == RuleKind.Capability;

    /// <summary>A project's policy can switch the rule on or off (<c>capability: ID on|off</c>).</summary>
    public static bool IsSwitchable(RuleKind kind) => kind is RuleKind.Capability or RuleKind.Allowlist;

    /// <summary>Reported by the capability analyzer (symbols, features, the allowed surface).</summary>
    public static bool ReportedByCapabilityAnalyzer(RuleKind kind) => kind is RuleKind.Capability or RuleKind.Allowlist;

    /// <summary>The rule is part of <see cref="Policy.Capabilities"/> (every kind the analyzers of a policy report).</summary>
    public static bool IsPolicyRule(RuleKind kind) => kind is RuleKind.Capability or RuleKind.Allowlist or RuleKind.PolicyFile;

    public static string Known => string.Join(", ", Names);
}

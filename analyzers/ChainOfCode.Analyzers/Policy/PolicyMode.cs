namespace ChainOfCode.Analyzers.Rules;

/// <summary>How a policy treats APIs that no capability rule bans.</summary>
public enum PolicyMode
{
    /// <summary>Everything not banned is allowed (the build-time default).</summary>
    Denylist,

    /// <summary>Only the allowed surface may be used; anything else is COC0011 (the script default).</summary>
    Allowlist,
}

using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Runtime;

/// <summary>What the gate checks a script against.</summary>
public sealed record GateOptions
{
    /// <summary>The default for scripts: the catalog in allowlist mode, caps of 100,000 characters and 200 levels.</summary>
    public static GateOptions Default { get; } = new();

    /// <summary>The rule set. Default: <c>Policy.Default.WithMode(PolicyMode.Allowlist)</c>.</summary>
    public Policy Policy { get; init; } = Policy.Default.WithMode(PolicyMode.Allowlist);

    /// <summary>Longest accepted script, in characters.</summary>
    public int MaxSourceLength { get; init; } = 100_000;

    /// <summary>Deepest accepted nesting of brackets and chained expressions, measured before parsing.</summary>
    public int MaxNesting { get; init; } = 200;

    /// <summary>
    /// Options whose policy is the catalog plus a policy text (the policy-file format). The text's
    /// <c>mode:</c> line wins; without one, scripts get allowlist mode. Bad lines (COC0090/COC0092)
    /// come back from the gate as warnings.
    /// </summary>
    public static GateOptions FromPolicyText(string text, string path = "policy")
    {
        PolicyDocument document = PolicyParser.Parse(text, path);
        Policy policy = Policy.FromDocuments([document]);
        return new GateOptions { Policy = document.Mode is null ? policy.WithMode(PolicyMode.Allowlist) : policy };
    }

    /// <summary>Options whose policy is the catalog plus a policy file read by the host.</summary>
    public static GateOptions FromPolicyFile(string path) => FromPolicyText(System.IO.File.ReadAllText(path), System.IO.Path.GetFileName(path));
}

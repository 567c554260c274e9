using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The fingerprint of what a script is vetted under: the catalog, the policy (mode, switches, the project's
/// entries) and the caps, as a SHA-256 in lower-case hex. The build stamps it on every vetted script; the runtime
/// compares it with its gate options' before it skips the gate's analysis.
/// </summary>
internal static class PolicyFingerprint
{
    private static readonly ConditionalWeakTable<Policy, string> PolicyTexts = new();

    public static string Of(Policy policy, int maxSourceLength, int maxNesting)
    {
        string policyText = PolicyTexts.GetValue(policy, static p => p.ToPolicyText());
        return Sha256Hex("chainofcode-policy/1\n" + DefaultCatalog.Text + "\n\0\n" + policyText
            + "\n\0\nmax-source-length: " + maxSourceLength + "\nmax-nesting: " + maxNesting + "\n");
    }

    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="text"/>, lower-case hex (a vetted script's hash too).</summary>
    public static string Sha256Hex(string text)
    {
        using SHA256 sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (byte b in hash)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}

using System;
using System.ComponentModel;
using ChainOfCode.Analyzers.Scripts;

namespace ChainOfCode.Runtime;

/// <summary>
/// A script the build vetted (the generated <c>VettedScripts.&lt;Name&gt;</c>): its text, the SHA-256 of the text and
/// the fingerprint of the policy it was vetted under. <see cref="ScriptRunner.RunVettedAsync"/> and
/// <see cref="Isolation.WorkerPool.RunVettedAsync"/> skip the gate's analysis when both still match, and refuse it
/// with <see cref="ScriptStatus.NotVetted"/> when either does not. The guards and the worker always apply.
/// Trust: the skip is only as good as the code that constructs this object; build it from the generator, never
/// from text that came from a model or a user (run those with <c>RunAsync</c>).
/// </summary>
public sealed class VettedScript
{
    /// <summary>Used by the generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public VettedScript(string name, string text, string sha256, string policyFingerprint)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Sha256 = sha256 ?? throw new ArgumentNullException(nameof(sha256));
        PolicyFingerprint = policyFingerprint ?? throw new ArgumentNullException(nameof(policyFingerprint));
    }

    /// <summary>The script's file name.</summary>
    public string Name { get; }

    /// <summary>The script as the build vetted it.</summary>
    public string Text { get; }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>The <see cref="GateOptions.Fingerprint"/> the build vetted the script under.</summary>
    public string PolicyFingerprint { get; }

    /// <summary>Why this script may not skip the gate under <paramref name="options"/>, or null when it may.</summary>
    internal string? Mismatch(GateOptions options)
    {
        if (!string.Equals(Analyzers.Scripts.PolicyFingerprint.Sha256Hex(Text), Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return $"The script '{Name}' is not the text its build vetted (its SHA-256 differs); rebuild, or run it with RunAsync to have the gate check it.";
        }

        return string.Equals(options.Fingerprint, PolicyFingerprint, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The script '{Name}' was vetted under another policy than this run's (the policy fingerprints differ); pass the project's ProjectPolicy.Options, or run it with RunAsync.";
    }
}

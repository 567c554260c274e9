using System.Collections.Immutable;
using ChainOfCode.Analyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using BuildVettedScript = ChainOfCode.Analyzers.Generators.VettedScript;

namespace ChainOfCode.Runtime.Tests.Vetting;

/// <summary>
/// The build's side, as the generators run it in a project that references this very runtime: the project policy
/// from its files, a listed script vetted against the project's references, and the generated entry.
/// </summary>
internal static class BuildVetting
{
    private static readonly Lazy<ScriptReferenceSet> References = new(() =>
        ScriptReferenceSet.From(CSharpCompilation.Create("App", references: ScriptReferences.AnalysisReferences), CancellationToken.None));

    public static ProjectPolicyModel Policy(string? policyFile = null) =>
        ProjectPolicyModel.Create(
            policyFile is null ? ImmutableArray<PolicyFileText>.Empty : ImmutableArray.Create(new PolicyFileText("/app/ChainOfCode.policy", policyFile)),
            string.Empty);

    /// <summary>What ProjectPolicy.Options is at run time.</summary>
    public static GateOptions Options(ProjectPolicyModel policy) => GateOptions.FromPolicyText(policy.OptionsText, "ChainOfCode.policy");

    public static BuildVettedScript Vet(string text, ProjectPolicyModel policy, string name = "script.csx") =>
        BuildVettedScript.Vet("/app/Scripts/" + name, text, policy, References.Value, CancellationToken.None);

    /// <summary>The generated VettedScripts member of an accepted script.</summary>
    public static VettedScript Entry(BuildVettedScript vetted)
    {
        Assert.True(vetted.IsAccepted, string.Join("; ", vetted.Diagnostics.Select(d => d.ToString())));
        return new VettedScript(vetted.FileName, vetted.Text!, vetted.Sha256, vetted.Fingerprint);
    }

    /// <summary>Each build finding as the runtime names it: ID, line, column (a compile error's CS ID is in COC0014's message).</summary>
    public static IEnumerable<(string Id, int Line, int Column)> Findings(BuildVettedScript vetted) =>
        vetted.Diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string id = d.Id == "COC0014" ? d.GetMessage().Split(':')[1].Trim() : d.Id;
            return (id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        });
}

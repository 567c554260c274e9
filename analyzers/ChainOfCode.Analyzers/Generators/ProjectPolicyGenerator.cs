using System.Text;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// Emits <c>ProjectPolicy</c>: the project's effective policy as one policy text, its fingerprint and, when the
/// project references ChainOfCode.Runtime, the gate options a host passes to run scripts under the very rules
/// its build enforced (<c>new RunOptions { Gate = ProjectPolicy.Options }</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ProjectPolicyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = GeneratorInputs.Policy(context)
            .Combine(GeneratorInputs.Namespace(context))
            .Combine(GeneratorInputs.ReferencesRuntime(context));
        context.RegisterSourceOutput(inputs, static (output, input) =>
            output.AddSource("ProjectPolicy.g.cs", Emit(input.Left.Left, input.Left.Right, input.Right)));
    }

    internal static string Emit(ProjectPolicyModel policy, string ns, bool referencesRuntime)
    {
        var source = new StringBuilder(GeneratedSource.Header);
        source.Append("namespace ").Append(ns).Append("\n{\n");
        source.Append("    /// <summary>The project's effective ChainOfCode policy: the catalog, its policy files and the rules its build switched off.</summary>\n");
        source.Append("    ").Append(GeneratedSource.GeneratedCode).Append('\n');
        source.Append("    internal static class ProjectPolicy\n    {\n");
        source.Append("        /// <summary>The policy as one policy text on top of the catalog.</summary>\n");
        source.Append("        public const string Text = ").Append(GeneratedSource.Literal(policy.OptionsText)).Append(";\n\n");
        source.Append("        /// <summary>The fingerprint of the policy scripts are vetted under (catalog, policy, default caps).</summary>\n");
        source.Append("        public const string Fingerprint = \"").Append(policy.Fingerprint).Append("\";\n");
        if (referencesRuntime)
        {
            source.Append("\n        /// <summary>The gate options of this policy; their fingerprint is <see cref=\"Fingerprint\"/>.</summary>\n");
            source.Append("        public static global::ChainOfCode.Runtime.GateOptions Options { get; } = global::ChainOfCode.Runtime.GateOptions.FromPolicyText(Text, \"ChainOfCode.policy\");\n");
        }

        source.Append("    }\n}\n");
        return source.ToString();
    }
}

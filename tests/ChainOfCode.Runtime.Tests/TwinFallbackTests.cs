using ChainOfCode.Analyzers.Scripts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The gate skips the twin of a script that compiles when the capability analyzer's walk of the global statements saw
/// them whole (group 1, round 14), and keeps it where that walk may have missed something.
/// </summary>
public sealed class TwinFallbackTests
{
    private static bool WalkedWhole(string code)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, ScriptGate.ParseOptions);
        CSharpCompilation script = CSharpCompilation.CreateScriptCompilation(
            "script", tree, ScriptReferences.References, ScriptGate.CompilationOptions, null, typeof(object), typeof(ScriptGlobals));
        return ScriptShapeChecks.WalkedWhole(tree, script.GetSemanticModel(tree), default);
    }

    [Theory]
    [InlineData("var words = \"a b\".Split(' ');\nvar longest = words.OrderByDescending(w => w.Length).First();\nreturn longest;")]
    [InlineData("var n = Input.Length;\nreturn System.Math.Max(n, 1);")]
    [InlineData("int Twice(int x) => 2 * x;\nreturn Twice(21);")]
    public void A_plain_script_is_walked_whole(string code) => Assert.True(WalkedWhole(code));

    [Theory]
    [InlineData("for (var i = 0; i < 1; i++) { Span<int> chunk = stackalloc int[16]; }\nreturn 0;")]
    public void A_statement_the_walk_cannot_see_whole_keeps_the_twin(string code) => Assert.False(WalkedWhole(code));

    [Theory]
    [InlineData("var text = System.IO.File.ReadAllText(\"/etc/passwd\");\nreturn text;", "COC0001")]
    [InlineData("for (var i = 0; i < 1; i++) { Span<int> chunk = stackalloc int[16]; }\nvar t = System.IO.File.ReadAllText(\"/etc/passwd\");\nreturn t;", "COC0001")]
    [InlineData("var p = new System.Threading.Thread(() => { });\nreturn 0;", "COC0007")]
    public void A_capability_in_a_global_statement_is_refused_with_or_without_the_twin(string code, string rule)
    {
        GateResult verdict = ScriptGate.Check(code);

        Assert.Equal(GateVerdict.Rejected, verdict.Verdict);
        Assert.Contains(verdict.Diagnostics, d => d.Id == rule && d.IsError);
    }
}

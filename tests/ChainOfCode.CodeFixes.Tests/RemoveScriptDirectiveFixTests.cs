namespace ChainOfCode.CodeFixes.Tests;

public class RemoveScriptDirectiveFixTests
{
    [Fact]
    public Task Reference_directive_is_removed() => Verify<RemoveScriptDirectiveFix>.FixScript("""
        {|COC0010:{|CS7099:#r "System.Net.Http.dll"|}|}
        var x = 1;
        """, """
        var x = 1;
        """);

    [Fact]
    public Task Fix_all_removes_every_directive_and_keeps_comments() => Verify<RemoveScriptDirectiveFix>.FixScript("""
        // helpers from disk
        {|COC0010:{|CS8099:#load "helpers.csx"|}|}
        {|COC0010:{|CS7099:#r "Some.dll"|}|}
        // the answer
        var x = 42; // trailing
        """, """
        // helpers from disk
        // the answer
        var x = 42; // trailing
        """);

    [Fact]
    public Task Not_reported_or_fixed_in_a_regular_file() => Verify<RemoveScriptDirectiveFix>.NoFix("""
        #{|CS7011:r|} "helpers.dll"
        class C
        {
        }
        """);
}

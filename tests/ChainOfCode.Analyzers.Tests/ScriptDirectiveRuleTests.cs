namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0010: #r and #load in scripts.</summary>
public class ScriptDirectiveRuleTests
{
    [Fact]
    public Task Reference_and_load_directives_are_reported() => Verify.Script("""
        {|COC0010:#r "System.Net.Http"|}
        {|COC0010:#load "other.csx"|}
        var x = 1;
        """ + "\n");
}

namespace ChainOfCode.Analyzers.Tests;

/// <summary>Scripts (.csx, the runtime's input) are mostly top-level statements: every route must be seen there too.</summary>
public class ScriptTopLevelTests
{
    [Fact]
    public Task Top_level_statements_of_a_script_are_analyzed() => Verify.Script("""
        using System.IO;
        var text = {|COC0001:File.ReadAllText("secret")|};
        {|COC0002:System.Diagnostics.Process.Start("sh")|};
        System.Func<string, string> f = {|COC0001:File.ReadAllText|};
        if (text.Length > 0) { {|COC0006:System.Environment.GetEnvironmentVariable("HOME")|}; }
        for (int i = 0; i < 3; i++) { var t = {|COC0004:System.Type.GetType("System.IO.File")|}; }
        {|COC0004:dynamic|} d = 1;
        {|COC0004:d.Foo()|};
        int Local() => {|COC0007:System.Threading.Tasks.Task.Run(() => 1)|}.Result;
        class Helper { string M() => {|COC0001:File.ReadAllText("x")|}; }
        """ + "\n");
}

using ChainOfCode.Analyzers;

namespace ChainOfCode.Runtime.Tests;

/// <summary>The editor's ScriptShapeAnalyzer (default constructor) knows this runtime's globals as the gate does.</summary>
public class ScriptShapeDefaultsTests
{
    [Fact]
    public void The_analyzer_defaults_name_this_runtime_and_its_globals()
    {
        Assert.Equal(ScriptShapeAnalyzer.DefaultRuntimeAssembly, typeof(ScriptGlobals).Assembly.GetName().Name);
        Assert.Equal(ScriptShapeAnalyzer.DefaultGlobalsType, typeof(ScriptGlobals).FullName);
        Assert.All(ScriptShapeAnalyzer.DefaultScriptMembers, name => Assert.NotEmpty(typeof(ScriptGlobals).GetMember(name)));
    }
}

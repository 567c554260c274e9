namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0006: the host's environment and identity.</summary>
public class EnvironmentRuleTests
{
    [Fact]
    public Task Environment_variables_and_host_names() => Verify.Analyzer("""
        using System;
        class C
        {
            void M()
            {
                {|COC0006:Environment.GetEnvironmentVariable("HOME")|};
                {|COC0006:Environment.SetEnvironmentVariable("A", "B")|};
                {|COC0006:Environment.GetEnvironmentVariables()|};
                _ = {|COC0006:Environment.MachineName|};
                _ = {|COC0006:Environment.UserName|};
                _ = {|COC0006:Environment.UserDomainName|};
                _ = {|COC0006:Environment.CurrentDirectory|};
                {|COC0006:Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)|};
                _ = {|COC0006:Environment.CommandLine|};
                {|COC0006:Environment.GetCommandLineArgs()|};
                _ = {|COC0006:Environment.ProcessPath|};
                _ = {|COC0006:AppContext.BaseDirectory|};
                _ = {|COC0006:typeof(C).Assembly.Location|};
                _ = Environment.NewLine;
                _ = Environment.ProcessorCount;
            }
        }
        """);

    [Fact]
    public Task Registry() => Verify.Analyzer("""
        class C
        {
            object M() => {|COC0006:Microsoft.Win32.Registry.CurrentUser|};
        }
        """);
}

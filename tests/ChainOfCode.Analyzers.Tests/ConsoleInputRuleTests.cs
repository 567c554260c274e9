namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0008: console input and the process-wide console streams; Write and WriteLine stay allowed.</summary>
public class ConsoleInputRuleTests
{
    [Fact]
    public Task Input_and_process_wide_streams() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C
        {
            void M()
            {
                {|COC0008:Console.ReadLine()|};
                {|COC0008:Console.Read()|};
                {|COC0008:Console.ReadKey()|};
                _ = {|COC0008:Console.In|};
                {|COC0008:Console.OpenStandardInput()|};
                {|COC0008:Console.OpenStandardOutput()|};
                {|COC0008:Console.OpenStandardError()|};
                {|COC0008:Console.SetIn(new StringReader(""))|};
                {|COC0008:Console.SetOut(new StringWriter())|};
                {|COC0008:Console.SetError(new StringWriter())|};
                Console.WriteLine("fine");
                Console.Write(42);
            }
        }
        """);
}

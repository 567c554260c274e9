using Microsoft.CodeAnalysis;

namespace ChainOfCode.CodeFixes.Tests;

/// <summary>
/// The runtime's script globals define <c>string? ReadLine()</c>; these scripts declare the same
/// member themselves so that the verifier can compile them without the globals type.
/// </summary>
public class ScriptReadLineFixTests
{
    [Fact]
    public Task Console_ReadLine_reads_the_script_input() => Verify<ScriptReadLineFix>.FixScript("""
        using System;
        string? ReadLine() => null;
        var line = {|COC0008:Console.ReadLine()|} ?? "";
        Console.WriteLine(line);
        """, """
        using System;
        string? ReadLine() => null;
        var line = ReadLine() ?? "";
        Console.WriteLine(line);
        """);

    [Fact]
    public Task ReadLine_in_a_top_level_statement() => Verify<ScriptReadLineFix>.FixScript("""
        using System;
        string? ReadLine() => null;
        Console.WriteLine({|COC0008:Console.ReadLine()|}?.ToUpperInvariant());
        """, """
        using System;
        string? ReadLine() => null;
        Console.WriteLine(ReadLine()?.ToUpperInvariant());
        """);

    [Fact]
    public Task Fix_all_keeps_trivia() => Verify<ScriptReadLineFix>.FixScript("""
        using System;
        string? ReadLine() => null;
        var a = /* first */ {|COC0008:Console.ReadLine()|};
        var b = {|COC0008:System.Console
            .ReadLine()|}; // second
        """, """
        using System;
        string? ReadLine() => null;
        var a = /* first */ ReadLine();
        var b = ReadLine(); // second
        """);

    [Fact]
    public Task Offered_when_the_globals_are_not_visible() => Verify<ScriptReadLineFix>.FixScript("""
        var line = {|COC0008:System.Console.ReadLine()|};
        """, """
        var line = {|CS0103:ReadLine|}();
        """);

    [Fact]
    public Task Not_offered_in_a_regular_file() => Verify<ScriptReadLineFix>.NoFix("""
        using System;
        class C
        {
            string? M() => {|COC0008:Console.ReadLine()|};
        }
        """);

    [Fact]
    public Task Not_offered_when_ReadLine_means_something_else() => Verify<ScriptReadLineFix>.NoFix("""
        using System;
        int ReadLine() => 0;
        var line = {|COC0008:Console.ReadLine()|};
        """, SourceCodeKind.Script);
}

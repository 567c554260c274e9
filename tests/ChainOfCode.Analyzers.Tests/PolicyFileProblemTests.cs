namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0090-COC0092: bad policy lines are diagnostics at their file and line, never dropped.</summary>
public class PolicyFileProblemTests
{
    private const string Clean = "class C { }";

    [Fact]
    public Task A_line_that_does_not_parse_is_COC0090() => Verify.Analyzer(Clean,
        ("ChainOfCode.policy", """
        T:System.Console
        {|COC0090:this is not an entry|}
        {|COC0090:X:System.Console|}
        {|COC0090:M:System.Console.Write(System.String|}
        {|COC0090:T:System.Con*sole|}
        {|COC0090:mode: sometimes|}
        {|COC0090:capability: COC0001 maybe|}
        {|COC0090:[COC0777]|}
        {|COC0090:severity: info|}
        """));

    [Fact]
    public Task An_entry_that_names_nothing_is_COC0091() => Verify.Analyzer(Clean,
        ("ChainOfCode.policy", """
        T:System.Console
        {|COC0091:T:System.Konsole|}
        {|COC0091:M:System.Console.WriteLne|}
        {|COC0091:M:System.Console.WriteLine(System.Banana)|}
        {|COC0091:N:No.Such.Namespace.*|}
        M:System.Numerics.BigInteger.op_Addition(System.Numerics.BigInteger,System.Numerics.BigInteger)
        """));

    [Fact]
    public Task A_repeated_entry_is_COC0092_even_across_files() => Verify.Analyzer(Clean,
        ("ChainOfCode.policy", """
        {|COC0092:T:System.Console|}
        {|COC0092:T:System.Console; again|}
        """),
        ("BannedSymbols.txt", """
        T:System.Console
        """));
}

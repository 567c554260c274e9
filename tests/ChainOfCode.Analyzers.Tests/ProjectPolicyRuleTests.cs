namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0012 and the policy files a project adds: ChainOfCode.policy and BannedSymbols*.txt.</summary>
public class ProjectPolicyRuleTests
{
    [Fact]
    public Task Entries_of_ChainOfCode_policy_are_reported_with_their_message() => Verify.Analyzer("""
        using System;
        class C
        {
            string M() => {|COC0012:Guid.NewGuid()|}.ToString() + {|COC0012:DateTime.Now|};
        }
        """,
        ("ChainOfCode.policy", """
        # Deterministic answers only.
        M:System.Guid.NewGuid; use a counter // not a comment: part of the message
        P:System.DateTime.Now; pass the time in through the script's inputs, see https://example.invalid/time
        """));

    [Fact]
    public Task An_entry_on_a_virtual_member_covers_the_overrides_a_script_calls() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            void M(MemoryStream stream) => {|COC0012:stream.Flush()|};
        }
        """,
        ("ChainOfCode.policy", """
        M:System.IO.Stream.Flush
        """));

    [Fact]
    public Task BannedSymbols_txt_from_BannedApiAnalyzers_works_unchanged() => Verify.Analyzer("""
        using System.Text;
        class C
        {
            object M() => {|COC0012:new StringBuilder()|};
            string N() => {|COC0012:"a".ToUpper()|};
        }
        """,
        ("BannedSymbols.txt", """
        // BannedApiAnalyzers' format: ID;Description
        T:System.Text.StringBuilder;Use string.Concat
        M:System.String.ToUpper // trailing comment
        """));

    [Fact]
    public Task BannedSymbols_namespace_lines_cover_nested_namespaces_as_in_BannedApiAnalyzers() => Verify.Analyzer("""
        class C
        {
            object M() => {|COC0012:new System.Text.Json.Nodes.JsonObject()|};
            object N() => {|COC0012:(int)new System.Numerics.BigInteger(1)|};
        }
        """,
        ("BannedSymbols.txt", """
        N:System.Text.Json
        M:System.Numerics.BigInteger.op_Explicit~System.Int32
        """));

    [Fact]
    public Task Exception_inside_a_banned_type() => Verify.Analyzer("""
        using System.Text;
        class C
        {
            object M() => new StringBuilder().Append(1);
            object N() => {|COC0012:new StringBuilder().Insert(0, "x")|};
        }
        """,
        ("ChainOfCode.policy", """
        M:System.Text.StringBuilder.*
        !M:System.Text.StringBuilder.#ctor
        !M:System.Text.StringBuilder.Append
        """));

    [Fact]
    public Task A_project_can_allow_an_exception_to_a_catalog_rule() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            string M(string p) => Path.GetTempPath() + {|COC0001:File.ReadAllText(p)|};
        }
        """,
        ("ChainOfCode.policy", """
        !M:System.IO.Path.GetTempPath
        """));

    [Fact]
    public Task A_project_can_add_symbols_to_a_capability() => Verify.Analyzer("""
        class C
        {
            string M() => {|COC0001:System.IO.Path.GetRandomFileName()|};
        }
        """,
        ("ChainOfCode.policy", """
        [COC0001]
        M:System.IO.Path.GetRandomFileName; random names are for files
        """));

    [Fact]
    public Task A_capability_switched_off_is_not_reported() => Verify.Analyzer("""
        class C
        {
            void M() { System.Threading.Thread.Sleep(1); {|COC0001:System.IO.File.Delete("x")|}; }
        }
        """,
        ("ChainOfCode.policy", """
        capability: COC0007 off
        """));

    [Fact]
    public Task Namespace_entries_exact_and_deep() => Verify.Analyzer("""
        class C
        {
            object M() => {|COC0012:new System.Collections.Concurrent.ConcurrentBag<int>()|};
            object N() => {|COC0012:System.Text.Json.JsonSerializer.Serialize(1)|};
            object O() => {|COC0012:new System.Text.Json.Nodes.JsonObject()|};
            object P() => new System.Text.StringBuilder();
        }
        """,
        ("ChainOfCode.policy", """
        N:System.Collections.Concurrent
        N:System.Text.Json.*
        """));

    [Fact]
    public Task Wildcard_prefixes_on_members_and_types() => Verify.Analyzer("""
        class C
        {
            object M() => {|COC0012:System.Math.Round(1.5)|} + System.Math.Abs(1);
            object N() => {|COC0012:System.Tuple.Create(1)|};
        }
        """,
        ("ChainOfCode.policy", """
        M:System.Math.Ro*
        T:System.Tupl*
        """));
}

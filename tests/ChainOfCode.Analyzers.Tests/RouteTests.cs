namespace ChainOfCode.Analyzers.Tests;

/// <summary>Every route by which code can reach a banned symbol, with COC0001 (File) as the witness.</summary>
public class RouteTests
{
    [Fact]
    public Task Invocation() => Verify.Analyzer("""
        class C { void M() { {|COC0001:System.IO.File.Delete("x")|}; } }
        """);

    [Fact]
    public Task Object_creation() => Verify.Analyzer("""
        class C { object M() => {|COC0001:new System.IO.FileInfo("x")|}; }
        """);

    [Fact]
    public Task Property_access() => Verify.Analyzer("""
        class C { string M() => {|COC0006:System.Environment.MachineName|}; }
        """);

    [Fact]
    public Task Field_access() => Verify.Analyzer("""
        using System.Reflection;
        class C { object M() => {|COC0004:BindingFlags.NonPublic|}; }
        """);

    [Fact]
    public Task Event_subscription() => Verify.Analyzer("""
        using System;
        class C { void M() { {|COC0008:Console.CancelKeyPress|} += (s, e) => { }; } }
        """);

    [Fact]
    public Task Method_group_to_delegate() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C { Func<string, string> f = {|COC0001:File.ReadAllText|}; }
        """);

    [Fact]
    public Task Method_group_as_argument() => Verify.Analyzer("""
        using System.IO;
        using System.Linq;
        class C { object M(string[] paths) => paths.Select({|COC0001:File.ReadAllText|}).ToList(); }
        """);

    [Fact]
    public Task Inside_lambda() => Verify.Analyzer("""
        using System;
        class C { Func<string> f = () => {|COC0001:System.IO.File.ReadAllText("x")|}; }
        """);

    [Fact]
    public Task Expression_tree_body() => Verify.Analyzer("""
        using System;
        using System.Linq.Expressions;
        class C { Expression<Func<string>> e = () => {|COC0001:System.IO.File.ReadAllText("x")|}; }
        """);

    [Fact]
    public Task Extension_method_call() => Verify.Analyzer("""
        using System.Linq;
        class C { object M(int[] xs) => {|COC0007:xs.AsParallel()|}; }
        """);

    [Fact]
    public Task Extension_method_from_banned_static_class() => Verify.Analyzer("""
        using System.IO.Compression;
        class C { void M(ZipArchive a) { {|COC0001:a.ExtractToDirectory("x")|}; } }
        """);

    [Fact]
    public Task Typeof() => Verify.Analyzer("""
        class C { object M() => {|COC0001:typeof(System.IO.File)|}; }
        """);

    [Fact]
    public Task Generic_type_argument_of_a_type() => Verify.Analyzer("""
        using System.Collections.Generic;
        class C { object M() => {|COC0001:new List<System.IO.FileInfo>()|}; }
        """);

    [Fact]
    public Task Generic_type_argument_of_a_method() => Verify.Analyzer("""
        using System.Linq;
        class C { object M() => {|COC0001:Enumerable.Empty<System.IO.FileInfo>()|}; }
        """);

    [Fact]
    public Task Generic_type_argument_of_a_static_member_type() => Verify.Analyzer("""
        using System.Collections.Generic;
        class C { object M() => {|COC0001:EqualityComparer<System.IO.FileInfo>.Default|}; }
        """);

    [Fact]
    public Task Declared_type_of_local() => Verify.Analyzer("""
        class C { void M() { {|COC0001:System.IO.FileInfo|} f = null; } }
        """);

    [Fact]
    public Task Declared_type_of_field_parameter_and_return() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            {|COC0001:FileInfo|} field;
            {|COC0001:FileInfo|} M({|COC0001:DirectoryInfo|} d) => null;
            {|COC0001:FileInfo|} P { get; set; }
        }
        """);

    [Fact]
    public Task Declared_type_inside_array_and_tuple() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            {|COC0001:FileInfo[]|} a;
            {|COC0001:(int, FileInfo)|} t;
        }
        """);

    [Fact]
    public Task Pattern_and_cast_and_as() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            bool M(object o) => {|COC0001:o is FileInfo|};
            object N(object o) => {|COC0001:(FileInfo)o|};
            object O(object o) => {|COC0001:o as FileInfo|};
            bool P(object o) => o is {|COC0001:FileInfo f|};
        }
        """);

    [Fact]
    public Task Out_variable_foreach_and_lambda_parameter() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        class C
        {
            void M(List<object> xs, Func<object, bool> g)
            {
                foreach ({|COC0001:FileInfo|} x in new object[0]) { }
                {|COC0001:Func<FileInfo, int>|} f = ({|COC0001:FileInfo|} fi) => 0;
            }
        }
        """);

    [Fact]
    public Task Base_list() => Verify.Analyzer("""
        class C : {|COC0002:System.Diagnostics.Process|} { }
        """);

    [Fact]
    public Task Derived_type_use_is_caught() => Verify.Analyzer("""
        class MyProcess : {|COC0002:System.Diagnostics.Process|} { public static int Count; public int Twice(int x) => 2 * x; }
        class C { object M() => {|COC0002:new MyProcess()|}; int N() => MyProcess.Count; }
        """);

    [Fact]
    public Task Member_reached_through_banned_receiver() => Verify.Analyzer("""
        using System.IO;
        class C { void M({|COC0001:FileStream|} s) { {|COC0001:s.CopyTo(null)|}; } }
        """);

    [Fact]
    public Task Override_of_banned_member_is_caught() => Verify.Analyzer("""
        using System.Reflection;
        class C { object M(MethodInfo m) => {|COC0004:m.Invoke(null, null)|}; }
        """);

    [Fact]
    public Task Attribute() => Verify.Analyzer("""
        using System.Runtime.InteropServices;
        class C
        {
            [{|COC0005:DllImport("libc")|}]
            static {|COC0005:extern|} int getpid();
        }
        """);

    [Fact]
    public Task Attribute_on_every_kind_of_declaration_is_reported_once_where_written() => Verify.Analyzer("""
        using System;
        using System.ComponentModel;
        [assembly: {|COC0012:Description("a")|}]
        [module: {|COC0012:Description("m")|}]
        [{|COC0012:Description("t")|}]
        partial class C<[{|COC0012:Description("tp")|}] T>
        {
            [{|COC0012:Description("f")|}] int a, b;
            [{|COC0012:Description("e")|}] event Action? Changed;
            [{|COC0012:Description("ea")|}] event Action Custom { add { } remove { } }
            [{|COC0012:Description("p")|}] int P { [{|COC0012:Description("get")|}] get => a + b; set { } }
            [field: {|COC0012:Description("backing")|}] int Auto { get; set; }
            [{|COC0012:Description("i")|}] int this[int i] => i;
            [{|COC0012:Description("ctor")|}] C() { }
            [{|COC0012:Description("m")|}]
            [return: {|COC0012:Description("r")|}]
            int M([{|COC0012:Description("param")|}] int x)
            {
                [{|COC0012:Description("local")|}] int Local() => 0;
                Func<int> lambda = [{|COC0012:Description("lambda")|}] () => Local();
                Changed?.Invoke();
                return lambda() + x;
            }

            partial void Defined();
            [{|COC0012:Description("impl")|}] partial void Defined() { }
        }
        [{|COC0012:Description("enum")|}] enum E { [{|COC0012:Description("member")|}] One }
        [{|COC0012:Description("d")|}] [return: {|COC0012:Description("dr")|}] delegate int D();
        [{|COC0012:Description("rec")|}] record R([property: {|COC0012:Description("prop")|}] int X);
        """,
        ("ChainOfCode.policy", """
        T:System.ComponentModel.DescriptionAttribute; no descriptions
        """));

    [Fact]
    public Task Using_static() => Verify.Analyzer("""
        using static {|COC0001:System.IO.File|};
        class C { string M() => {|COC0001:ReadAllText("x")|}; }
        """);

    [Fact]
    public Task Using_static_of_a_type_with_allowed_members_reports_the_uses_only() => Verify.Analyzer("""
        using static System.Console;
        class C { void M() { WriteLine("fine"); {|COC0008:ReadLine()|}; } }
        """);

    [Fact]
    public Task Using_alias() => Verify.Analyzer("""
        using F = {|COC0001:System.IO.File|};
        class C { string M() => {|COC0001:F.ReadAllText("x")|}; }
        """);

    [Fact]
    public Task Global_qualified_name() => Verify.Analyzer("""
        class C { string M() => {|COC0001:global::System.IO.File.ReadAllText("x")|}; }
        """);

    [Fact]
    public Task User_defined_operator_and_conversion() => Verify.Analyzer("""
        using System.Numerics;
        class C
        {
            BigInteger M(BigInteger a, BigInteger b) => {|COC0012:a + b|};
            int N(BigInteger d) => {|COC0012:(int)d|};
            BigInteger O(BigInteger a) => {|COC0012:-a|};
        }
        """,
        ("ChainOfCode.policy", """
        M:System.Numerics.BigInteger.op_Addition(System.Numerics.BigInteger,System.Numerics.BigInteger); no big addition here
        M:System.Numerics.BigInteger.op_Explicit*; no big casts
        M:System.Numerics.BigInteger.op_UnaryNegation
        """));

    [Fact]
    public Task Enum_value_cast_from_constant_is_caught() => Verify.Analyzer("""
        using System.Reflection;
        class C { object M() => {|COC0004:(BindingFlags)36|}; }
        """);

    [Fact]
    public Task Dynamic_declaration_and_operations() => Verify.Analyzer("""
        class C
        {
            void M(object o)
            {
                {|COC0004:dynamic|} d = o;
                {|COC0004:d.Foo()|};
                var e = {|COC0004:d + 1|};
                {|COC0004:d++|};
            }
        }
        """);

    [Fact]
    public Task Nameof_and_cref_are_not_reported() => Verify.Analyzer("""
        using System.IO;
        /// <summary>See <see cref="File.ReadAllText(string)"/>.</summary>
        class C
        {
            string a = nameof(File);
            string b = nameof(File.ReadAllText);
        }
        """);

    [Fact]
    public Task One_diagnostic_per_location() => Verify.Analyzer("""
        using System.Collections.Generic;
        using System.IO;
        class C { object M() => {|COC0001:new Dictionary<FileInfo, DirectoryInfo>()|}; }
        """);

    [Fact]
    public Task Generated_code_is_reported() => Verify.Analyzer("""
        // <auto-generated/>
        class C { string M() => {|COC0001:System.IO.File.ReadAllText("x")|}; }
        """);

    [Fact]
    public Task Local_function_and_explicit_lambda_return_type() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C
        {
            void M()
            {
                {|COC0001:FileInfo|} Local() => null;
                var f = {|COC0001:FileInfo|} () => null;
            }
        }
        """);

    [Fact]
    public Task Type_constraint() => Verify.Analyzer("""
        class C<T> where T : {|COC0001:System.IO.FileSystemInfo|} { }
        """);

    [Fact]
    public Task Query_expression_over_parallel_source() => Verify.Analyzer("""
        using System.Linq;
        class C { object M(int[] xs) => from x in {|COC0007:xs.AsParallel()|} {|COC0007:select x|}; }
        """);
}

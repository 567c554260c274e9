namespace ChainOfCode.Analyzers.Tests;

/// <summary>
/// Every declaration that writes a type, each with a banned type (FileInfo, COC0001) as the witness:
/// the analyzer reads these types from the declared symbols and the operations rather than binding the
/// syntax again, and must still report each written type once, where it is written.
/// </summary>
public class DeclaredTypeRouteTests
{
    [Fact]
    public Task Members_parameters_and_returns() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C
        {
            {|COC0001:FileInfo|} field, other;
            {|COC0001:FileInfo|} Property { get; set; } = null!;
            {|COC0001:FileInfo|} this[{|COC0001:FileInfo|} key] => key;
            event {|COC0001:Action<FileInfo>?|} Changed;
            event {|COC0001:Action<FileInfo>?|} Custom { add { } remove { } }
            {|COC0001:FileInfo|} Method({|COC0001:FileInfo|} a, int b, params {|COC0001:FileInfo[]|} rest) => a;
            C({|COC0001:FileInfo|} f) { field = f; other = f; }
            public static {|COC0001:FileInfo|} operator +(C c, {|COC0001:FileInfo|} f) => f;
            public static explicit operator {|COC0001:FileInfo|}(C c) => c.field;
        }
        delegate {|COC0001:FileInfo|} Make({|COC0001:FileInfo|} from);
        record R({|COC0001:FileInfo|} File);
        """);

    [Fact]
    public Task Partial_method_parts_are_each_reported() => Verify.Analyzer("""
        using System.IO;
        partial class C
        {
            partial void Take({|COC0001:FileInfo|} f);
            partial void Take({|COC0001:FileInfo|} f) { }
        }
        """);

    /// <summary>
    /// A method's signature is not read again when each type it writes was harmless where it is written: the same
    /// text must still be reported wherever it names the banned type (another scope, another method), and not where
    /// a method's type parameter or a nested type of the same name hides it.
    /// </summary>
    [Fact]
    public Task Same_written_type_in_other_methods_and_scopes() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        class Outer<T>
        {
            void Hidden<FileInfo>(FileInfo f, List<FileInfo> all) { }
            void A({|COC0001:FileInfo|} f) { }
            void B(int i, {|COC0001:FileInfo|} f) { }
            {|COC0001:FileInfo|} C<U>(U u, T t, List<U> list) => null!;
            void D<U>(List<U> list, {|COC0001:List<FileInfo>|} files, {|COC0001:Func<U, FileInfo>|} make) { }
            void E<U>(List<U> list, T t) { }
            void F<FileInfo>(List<FileInfo> list, {|COC0001:System.IO.FileInfo|} f) { }
            class Inner
            {
                class FileInfo { }
                FileInfo G(FileInfo f, List<FileInfo> all) => f;
                FileInfo H(FileInfo f) => f;
            }
            class Other
            {
                void I({|COC0001:FileInfo|} f, {|COC0001:List<FileInfo>|} all) { }
                {|COC0001:FileInfo|} J({|COC0001:FileInfo|} f, {|COC0001:List<FileInfo>|} all) => f;
            }
        }
        """);

    [Fact]
    public Task Locals_lambdas_and_local_functions() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C
        {
            void M(object o, {|COC0001:FileInfo[]|} files)
            {
                {|COC0001:FileInfo?|} local = null, second = null;
                foreach ({|COC0001:FileInfo|} f in files) { }
                try { } catch ({|COC0003:System.Net.Http.HttpRequestException|} e) { } catch (IOException) { }
                try { } catch ({|COC0003:System.Net.Http.HttpRequestException|}) { }
                {|COC0001:Func<FileInfo, int>|} size = ({|COC0001:FileInfo|} f) => 0;
                var typed = {|COC0001:FileInfo|} () => null!;
                {|COC0001:FileInfo|} Local({|COC0001:FileInfo|} f) => f;
                Parse(out {|COC0001:FileInfo|} parsed);
                var inferred = local;
                Action<int> untyped = x => { };
            }

            static void Parse(out {|COC0001:FileInfo|} f) => f = null!;
        }
        """);

    [Fact]
    public Task A_nested_type_of_an_instantiation_with_a_banned_argument() => Verify.Analyzer("""
        using System.Collections.Generic;
        using System.IO;
        class C
        {
            void M()
            {
                {|COC0001:List<FileInfo>.Enumerator|} e = default;
            }
        }
        """);

    [Fact]
    public Task Lambda_parameters_are_read_only_where_a_type_is_written() => Verify.Analyzer("""
        using System;
        using System.IO;
        class C
        {
            void M()
            {
                var typed = (int count, {|COC0001:FileInfo|} f) => count;
                Take(delegate (int count, {|COC0001:FileInfo|} f) { return count; });
                Take((count, f) => count);
                Take(static (count, f) => count);
                Take(delegate { return 0; });
                {|COC0001:Action<FileInfo>|} simple = static f => { };
            }

            static void Take({|COC0001:Func<int, FileInfo, int>|} make) { }
        }
        """);

    [Fact]
    public Task Base_types_constraints_and_attributes() => Verify.Analyzer("""
        using System;
        using System.IO;
        using System.Runtime.InteropServices;
        abstract class MyStream : {|COC0001:FileSystemInfo|} { }
        class Box<T> where T : {|COC0001:FileSystemInfo|} { }
        static class Native
        {
            [{|COC0005:DllImport("libc")|}]
            [return: MarshalAs(UnmanagedType.I4)]
            static {|COC0005:extern|} int getpid();
        }
        """);

    [Fact]
    public Task Base_lists_and_constraints_of_every_declaration_are_read_from_their_symbols() => Verify.Analyzer("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        interface IMarker<T> { }
        interface IWatch : {|COC0001:IEnumerable<FileInfo>|} { }
        partial class Split { }
        abstract partial class Split : {|COC0001:FileSystemInfo|}, IDisposable
        {
            public void Dispose() { }
        }
        struct Holder : {|COC0001:IMarker<DirectoryInfo>|} { }
        record Base(int X);
        record Derived(int X) : Base(X), {|COC0001:IMarker<FileInfo>|};
        delegate void Handler<T>(T value) where T : {|COC0001:FileSystemInfo|};
        partial class Methods
        {
            void Generic<T, U>() where T : class where U : {|COC0001:FileSystemInfo|} { }
            partial void Declared<T>() where T : {|COC0001:FileSystemInfo|};
            partial void Declared<T>() where T : {|COC0001:FileSystemInfo|} { }
            void Local()
            {
                void Nested<T>() where T : {|COC0001:FileSystemInfo|} { }
                void Plain<T>() where T : IDisposable { }
            }
        }
        class Clean<T> : List<T>, IComparable<Clean<T>> where T : notnull, IComparable<T>
        {
            public int CompareTo(Clean<T>? other) => 0;
            void Unmanaged<U>() where U : unmanaged { }
        }
        enum Small : byte { A }
        """);
}

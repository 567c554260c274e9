namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0005: native interop and unsafe code.</summary>
public class NativeInteropRuleTests
{
    [Fact]
    public Task DllImport_LibraryImport_and_extern() => Verify.Analyzer("""
        using System.Runtime.InteropServices;
        partial class C
        {
            [{|COC0005:DllImport("libc")|}]
            static {|COC0005:extern|} int getpid();

            void M()
            {
                {|COC0005:extern|} static int Local();
            }
        }
        """);

    // Overlapping fields of two reference types read one object as another without unsafe code (a string read as an
    // int[]: its length, then memory past it); a denylist policy let it run.
    [Fact]
    public Task Explicit_layouts_and_field_offsets() => Verify.Analyzer("""
        using System.Runtime.InteropServices;
        [{|COC0005:StructLayout(LayoutKind.Explicit)|}]
        struct U
        {
            [{|COC0005:FieldOffset(0)|}] public string S;
            [{|COC0005:FieldOffset(0)|}] public int[] A;
        }
        [{|COC0005:StructLayout(LayoutKind.Sequential, Size = 1 << 20)|}]
        struct Big { public int X; }
        """);

    [Fact]
    public Task Unsafe_pointers_fixed_function_pointers() => Verify.Analyzer("""
        class C
        {
            {|COC0005:unsafe|} void M(int[] a)
            {
                {|COC0005:int*|} p = null;
                {|COC0005:fixed|} ({|COC0005:int*|} q = a) { }
                {|COC0005:delegate*<void>|} f = null;
            }

            void N()
            {
                {|COC0005:unsafe|} { }
            }
        }
        """);

    [Fact]
    public Task Unsafe_modifier_on_every_kind_of_declaration_reported_once_where_written() => Verify.Analyzer("""
        {|COC0005:unsafe|} partial struct S { }
        partial struct S { {|COC0005:unsafe|} int F, G; }
        class C
        {
            {|COC0005:unsafe|} C() { }
            {|COC0005:unsafe|} int P => 0;
            {|COC0005:unsafe|} int this[int i] => i;
            {|COC0005:unsafe|} event System.Action E;
            {|COC0005:unsafe|} delegate void D();
            {|COC0005:unsafe|} public static C operator +(C a, C b) => a;
            {|COC0005:unsafe|} ~{|COC0007:C|}() { }
            void M()
            {
                {|COC0005:unsafe|} void Local() { }
            }
        }
        """);

    [Fact]
    public Task Stackalloc_non_constant_or_large_but_not_small_constant() => Verify.Analyzer("""
        using System;
        class C
        {
            void M(int n)
            {
                Span<int> small = stackalloc int[16];
                Span<int> large = {|COC0005:stackalloc int[100000]|};
                Span<int> computed = {|COC0005:stackalloc int[n]|};
            }
        }
        """);

    [Fact]
    public Task Stackalloc_whose_total_grows_at_run_time_whatever_its_size() => Verify.Analyzer("""
        using System;
        class C
        {
            int Once() { Span<int> fine = stackalloc int[16]; return fine.Length; }

            void Loops(bool more)
            {
                while (more) { Span<int> chunk = {|COC0005:stackalloc int[16]|}; }
                for (var i = 0; i < 10; i++) { Span<byte> b = {|COC0005:stackalloc byte[8]|}; }
                foreach (var x in new[] { 1 }) { Span<int> c = {|COC0005:stackalloc[] { x }|}; }
                Func<int> lambda = () => { Span<int> d = {|COC0005:stackalloc int[4]|}; return d.Length; };
                int Local() { Span<int> e = {|COC0005:stackalloc int[4]|}; return e.Length; }
            }

            int Recursive(int n) { Span<int> f = {|COC0005:stackalloc int[4]|}; return n == 0 ? f.Length : Recursive(n - 1); }

            int Ping(int n) { Span<int> g = {|COC0005:stackalloc int[4]|}; return n == 0 ? g.Length : Pong(n - 1); }

            int Pong(int n) => Ping(n);

            void Jumps() { again: Span<int> h = {|COC0005:stackalloc int[4]|}; goto again; }
        }
        """);

    [Fact]
    public Task Marshal_native_library_gchandle_unsafe_memory_marshal() => Verify.Analyzer("""
        using System;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        class C
        {
            void M(IntPtr p, int[] a)
            {
                {|COC0005:Marshal.ReadInt32(p)|};
                {|COC0005:NativeLibrary.Load("libc")|};
                {|COC0005:GCHandle.Alloc(a)|};
                {|COC0005:Unsafe.SizeOf<int>()|};
                {|COC0005:MemoryMarshal.GetArrayDataReference(a)|};
            }
        }
        """);
}

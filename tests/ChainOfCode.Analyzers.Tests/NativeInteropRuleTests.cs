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

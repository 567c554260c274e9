using System.Collections.Immutable;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>Language constructs a capability can cover with a <c>feature:</c> line.</summary>
internal static class Features
{
    public const string Dynamic = "dynamic";
    public const string Unsafe = "unsafe";
    public const string Pointer = "pointer";
    public const string FunctionPointer = "function-pointer";
    public const string Fixed = "fixed";
    public const string Extern = "extern";
    public const string StackAlloc = "stackalloc";
    public const string ScriptDirective = "script-directive";

    /// <summary>A finalizer runs on the runtime's finalizer thread, outside the script and its guards.</summary>
    public const string Finalizer = "finalizer";

    public static readonly ImmutableHashSet<string> All = ImmutableHashSet.Create(
        Dynamic, Unsafe, Pointer, FunctionPointer, Fixed, Extern, StackAlloc, ScriptDirective, Finalizer);

    /// <summary>A <c>stackalloc</c> of at most this many elements with a constant size is allowed.</summary>
    public const int MaxConstantStackAlloc = 1024;
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The C# dialect of a script, shared by the runtime gate and the build's vetting of listed scripts:
/// parse and compilation options (no <c>#r</c>/<c>#load</c>, no unsafe code), the default imports, the framework
/// assemblies a script compiles against, and the globals it sees.
/// </summary>
internal static class ScriptDialect
{
    /// <summary>The runtime assembly, home of the script's globals and of nothing else a script may name.</summary>
    public const string RuntimeAssemblyName = "ChainOfCode.Runtime";

    /// <summary>The namespace of the globals type.</summary>
    public const string GlobalsNamespace = "ChainOfCode.Runtime";

    /// <summary>The globals type's name.</summary>
    public const string GlobalsTypeName = "ScriptGlobals";

    /// <summary>Identifiers starting with this prefix (any case) belong to the guard rewrite.</summary>
    public const string ReservedPrefix = "__coc";

    /// <summary>Longest accepted script by default, in characters.</summary>
    public const int DefaultMaxSourceLength = 100_000;

    /// <summary>Deepest accepted nesting by default.</summary>
    public const int DefaultMaxNesting = 200;

    /// <summary>The mode of a script's policy when no policy names one: only the allowed surface may be used.</summary>
    public const PolicyMode DefaultMode = PolicyMode.Allowlist;

    /// <summary>The policy scripts are checked against: <paramref name="policy"/>'s own mode when a policy named one, else <see cref="DefaultMode"/>.</summary>
    public static Policy ForScripts(Policy policy, bool modeNamed) => modeNamed ? policy : policy.WithMode(DefaultMode);

    /// <summary>The members of the globals a script may use; everything else of the runtime assembly is the runtime's.</summary>
    public static readonly ImmutableHashSet<string> ScriptMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "Input", "Args", "ReadLine");

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    /// <summary>The framework assemblies a script may compile against (the allowed surface lives in them).</summary>
    public static readonly ImmutableArray<string> FrameworkAssemblies = ImmutableArray.Create(
        "System.Private.CoreLib",
        "System.Runtime",
        "System.Collections",
        "System.Collections.Immutable",
        "System.Linq",
        "System.Text.RegularExpressions",
        "System.Text.Json",
        "System.Text.Encodings.Web",
        "System.Console",
        "System.Runtime.Numerics",
        "System.Memory",
        "System.ObjectModel",
        "System.Security.Cryptography");

    /// <summary>
    /// The namespaces every script imports. System.Threading.Tasks is among them because models write
    /// <c>async Task&lt;int&gt; F()</c> without a using, as in a project with implicit usings; an import only names
    /// types, the analyzers judge what a script does with them (Task.Run and Task.Delay stay COC0007).
    /// </summary>
    public static readonly ImmutableArray<string> Imports = ImmutableArray.Create(
        "System",
        "System.Linq",
        "System.Collections.Generic",
        "System.Text",
        "System.Text.RegularExpressions",
        "System.Globalization",
        "System.Threading.Tasks");

    /// <summary>
    /// More framework assemblies, for the gate's analysis only: with them the analyzers can name the capability
    /// a script reaches for (COC0002 for Process, COC0003 for HttpClient) instead of a bare compile error.
    /// Scripts never compile against them.
    /// </summary>
    public static readonly ImmutableArray<string> AnalysisOnlyAssemblies = ImmutableArray.Create(
        "System.Diagnostics.Process",
        "System.ComponentModel.Primitives",
        "System.Net.Http",
        "System.Net.Primitives",
        "System.Net.Sockets",
        "System.Net.Requests",
        "System.Net.WebClient",
        "System.Net.NetworkInformation",
        "System.Net.Mail",
        "System.Net.NameResolution",
        "System.Private.Uri",
        "System.Threading",
        "System.Threading.Thread",
        "System.Threading.ThreadPool",
        "System.Threading.Tasks.Parallel",
        "System.Linq.Parallel",
        "System.Linq.Expressions",
        "System.Reflection.Emit",
        "System.Reflection.Emit.Lightweight",
        "System.Runtime.InteropServices",
        "System.Runtime.Loader",
        "System.IO.Pipes",
        "System.IO.MemoryMappedFiles",
        "System.IO.FileSystem.Watcher",
        "System.IO.Compression",
        "System.IO.Compression.ZipFile",
        "System.Private.Xml",
        "System.Private.Xml.Linq",
        "System.Xml.ReaderWriter",
        "System.Xml.XDocument",
        "Microsoft.Win32.Registry",
        "Microsoft.Win32.Primitives");

    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: Imports,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Disable)
        .WithMetadataReferenceResolver(NoMetadataResolver.Instance)
        .WithSourceReferenceResolver(NoSourceResolver.Instance)
        .WithXmlReferenceResolver(null)
        .WithStrongNameProvider(null)
        .WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default)
        .WithConcurrentBuild(false);

    private sealed class NoMetadataResolver : MetadataReferenceResolver
    {
        public static readonly NoMetadataResolver Instance = new();

        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 1;

        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
            ImmutableArray<PortableExecutableReference>.Empty;
    }

    private sealed class NoSourceResolver : SourceReferenceResolver
    {
        public static readonly NoSourceResolver Instance = new();

        public override bool Equals(object? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 2;

        public override string? NormalizePath(string path, string? baseFilePath) => null;

        public override string? ResolveReference(string path, string? baseFilePath) => null;

        public override System.IO.Stream OpenRead(string resolvedPath) => throw new NotSupportedException("Scripts cannot load files.");
    }
}

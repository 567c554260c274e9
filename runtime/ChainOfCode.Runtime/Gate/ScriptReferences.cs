using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Runtime;

/// <summary>
/// The curated reference set and default imports of every script. Metadata references are immutable
/// and shared by all compilations (they are read once per process).
/// </summary>
internal static class ScriptReferences
{
    /// <summary>The framework assemblies a script may compile against (the allowed surface lives in them).</summary>
    public static readonly ImmutableArray<string> FrameworkAssemblies =
    [
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
    ];

    /// <summary>The namespaces every script imports.</summary>
    public static readonly ImmutableArray<string> Imports =
    [
        "System",
        "System.Linq",
        "System.Collections.Generic",
        "System.Text",
        "System.Text.RegularExpressions",
        "System.Globalization",
    ];

    /// <summary>
    /// More framework assemblies, for the gate's analysis only: with them the analyzers can name the capability
    /// a script reaches for (COC0002 for Process, COC0003 for HttpClient) instead of a bare compile error.
    /// Scripts never compile against them.
    /// </summary>
    public static readonly ImmutableArray<string> AnalysisOnlyAssemblies =
    [
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
        "Microsoft.Win32.Primitives",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Build);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAnalysisReferences = new(() =>
        References.AddRange(Load(AnalysisOnlyAssemblies)));

    /// <summary>The framework references plus this assembly (for <see cref="ScriptGlobals"/> and the guard).</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The script references plus <see cref="AnalysisOnlyAssemblies"/>: what the gate's analysis twin compiles against.</summary>
    public static ImmutableArray<MetadataReference> AnalysisReferences => LazyAnalysisReferences.Value;

    private static ImmutableArray<MetadataReference> Build() =>
        Load(FrameworkAssemblies).Add(MetadataReference.CreateFromFile(typeof(ScriptGlobals).Assembly.Location));

    private static ImmutableArray<MetadataReference> Load(IEnumerable<string> names)
    {
        string directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new List<MetadataReference>();
        foreach (string name in names)
        {
            string path = Path.Combine(directory, name + ".dll");
            if (File.Exists(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    }
}

using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace ChainOfCode.Runtime;

/// <summary>
/// A collectible load context for one run's script assembly. The runtime assembly resolves to the
/// host's copy (the script calls its guard and globals); everything else falls back to the default context.
/// </summary>
internal sealed class ScriptLoadContext : AssemblyLoadContext
{
    private static readonly object Gate = new();
    private static readonly List<System.WeakReference> Created = [];
    private static readonly string RuntimeName = typeof(ScriptGlobals).Assembly.GetName().Name!;

    public ScriptLoadContext()
        : base("coc-script", isCollectible: true)
    {
        lock (Gate)
        {
            if (Created.Count > 256)
            {
                Created.RemoveAll(w => !w.IsAlive);
            }

            Created.Add(new System.WeakReference(this));
        }
    }

    /// <summary>Script load contexts not yet collected (diagnostics and tests).</summary>
    public static int LiveCount
    {
        get
        {
            lock (Gate)
            {
                Created.RemoveAll(w => !w.IsAlive);
                return Created.Count;
            }
        }
    }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name == RuntimeName ? typeof(ScriptGlobals).Assembly : null;
}

namespace ChainOfCode.Runtime.Isolation;

/// <summary>The directory a controller's worker cgroups are created in, and its cgroup version (1 or 2).</summary>
internal readonly record struct CgroupParent(string Directory, int Version);

using System;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// A System.Type that names a type of a referenced assembly without loading it. The compiler's script API takes
/// the globals and return types as System.Type and finds them among the references by assembly identity and full
/// name; at build time those assemblies are reference assemblies the compiler process must not load.
/// </summary>
internal sealed class StandInType : TypeDelegator
{
    private readonly string ns;
    private readonly string name;
    private readonly Assembly assembly;

    public StandInType(string ns, string name, AssemblyIdentity identity)
        : base(typeof(object))
    {
        this.ns = ns;
        this.name = name;
        assembly = new StandInAssembly(identity);
    }

    public override string Name => name;

    public override string Namespace => ns;

    public override string FullName => ns + "." + name;

    public override Assembly Assembly => assembly;

    public override string AssemblyQualifiedName => FullName + ", " + assembly.FullName;

    private sealed class StandInAssembly : Assembly
    {
        private readonly AssemblyName assemblyName;

        public StandInAssembly(AssemblyIdentity identity)
        {
            assemblyName = new AssemblyName(identity.Name) { Version = identity.Version, CultureName = identity.CultureName };
            if (identity.HasPublicKey)
            {
                assemblyName.SetPublicKey(System.Linq.Enumerable.ToArray(identity.PublicKey));
            }
            else if (!identity.PublicKeyToken.IsDefaultOrEmpty)
            {
                assemblyName.SetPublicKeyToken(System.Linq.Enumerable.ToArray(identity.PublicKeyToken));
            }
        }

        public override string FullName => assemblyName.FullName;

        public override AssemblyName GetName() => assemblyName;

        public override AssemblyName GetName(bool copiedName) => assemblyName;
    }
}

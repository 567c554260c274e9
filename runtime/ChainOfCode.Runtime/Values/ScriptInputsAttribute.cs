using System;

namespace ChainOfCode.Runtime;

/// <summary>
/// Marks a <c>partial</c> record or class as what a script receives. The script-inputs generator of
/// ChainOfCode.Analyzers emits its validation (the declared Range/StringLength/MinLength/MaxLength limits, else the
/// runtime's defaults: 10,000 items, 100,000 characters, finite numbers), JSON reading and writing without
/// reflection (<c>ToJson</c>, <c>FromJson</c>, <c>ToRunOptions</c>), and reports COC0013 for a member that would
/// hand the script a capability.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ScriptInputsAttribute : Attribute
{
}

using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>What the script-inputs generator can read, check and write.</summary>
internal enum InputKind
{
    String,
    Boolean,
    Integer,
    Floating,
    Decimal,
    Array,
    List,
    Dictionary,
}

/// <summary>The shape of one input member's type (element types nested), with its C# spelling.</summary>
internal sealed class InputType : IEquatable<InputType>
{
    public InputType(InputKind kind, string typeName, InputType? element = null)
    {
        Kind = kind;
        TypeName = typeName;
        Element = element;
    }

    public InputKind Kind { get; }

    /// <summary>The fully qualified C# type.</summary>
    public string TypeName { get; }

    /// <summary>The element type of an array or list, the value type of a dictionary.</summary>
    public InputType? Element { get; }

    public bool IsCollection => Kind is InputKind.Array or InputKind.List or InputKind.Dictionary;

    public int Depth => Element is null ? 1 : 1 + Element.Depth;

    public bool Equals(InputType? other) => other is not null && Kind == other.Kind && TypeName == other.TypeName && Equals(Element, other.Element);

    public override bool Equals(object? obj) => Equals(obj as InputType);

    public override int GetHashCode() => TypeName.GetHashCode();
}

/// <summary>One member of a [ScriptInputs] type: its name, JSON name, type and limits (declared or the runtime's defaults).</summary>
internal sealed class InputMember : IEquatable<InputMember>
{
    public InputMember(string name, string jsonName, InputType type, long? min, long? max, string? minNumber, string? maxNumber)
    {
        Name = name;
        JsonName = jsonName;
        Type = type;
        MinLength = min;
        MaxLength = max;
        MinNumber = minNumber;
        MaxNumber = maxNumber;
    }

    public string Name { get; }

    public string JsonName { get; }

    public InputType Type { get; }

    /// <summary>Least characters or items (MinLength, StringLength.MinimumLength), or null.</summary>
    public long? MinLength { get; }

    /// <summary>Most characters or items (StringLength, MaxLength), or null for the default.</summary>
    public long? MaxLength { get; }

    /// <summary>A Range's bounds as C# literals, or null.</summary>
    public string? MinNumber { get; }

    public string? MaxNumber { get; }

    public bool Equals(InputMember? other) =>
        other is not null && Name == other.Name && JsonName == other.JsonName && Type.Equals(other.Type)
        && MinLength == other.MinLength && MaxLength == other.MaxLength && MinNumber == other.MinNumber && MaxNumber == other.MaxNumber;

    public override bool Equals(object? obj) => Equals(obj as InputMember);

    public override int GetHashCode() => Name.GetHashCode();
}

/// <summary>A [ScriptInputs] type as the generator emits it, or the problems that keep it from being emitted.</summary>
internal sealed class InputsModel : IEquatable<InputsModel>
{
    public InputsModel(string? ns, string name, string declarationKeyword, bool usesConstructor, EquatableArray<InputMember> members, EquatableArray<Diagnostic> problems, EquatableArray<(string DocumentationId, string Member, Location Location)> memberTypes)
    {
        Namespace = ns;
        Name = name;
        DeclarationKeyword = declarationKeyword;
        UsesConstructor = usesConstructor;
        Members = members;
        Problems = problems;
        MemberTypes = memberTypes;
    }

    public string? Namespace { get; }

    public string Name { get; }

    /// <summary>"record", "class", "struct" or "record struct".</summary>
    public string DeclarationKeyword { get; }

    /// <summary>Read by calling the constructor whose parameters are the members (a positional record), else by an object initializer.</summary>
    public bool UsesConstructor { get; }

    public EquatableArray<InputMember> Members { get; }

    /// <summary>COC0013 (fixed capabilities) and COC0015 findings; no source is emitted when there is one.</summary>
    public EquatableArray<Diagnostic> Problems { get; }

    /// <summary>Every named type a member's type is made of, for the policy check (COC0013 for a type the policy bans).</summary>
    public EquatableArray<(string DocumentationId, string Member, Location Location)> MemberTypes { get; }

    public bool Equals(InputsModel? other) =>
        other is not null && Namespace == other.Namespace && Name == other.Name && DeclarationKeyword == other.DeclarationKeyword
        && UsesConstructor == other.UsesConstructor && Members.Equals(other.Members) && Problems.Equals(other.Problems) && MemberTypes.Equals(other.MemberTypes);

    public override bool Equals(object? obj) => Equals(obj as InputsModel);

    public override int GetHashCode() => Name.GetHashCode();
}

using System;
using ChainOfCode.Analyzers.Detection;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>What a symbol line names, read once from its documentation-comment ID.</summary>
internal enum EntryShapeKind
{
    /// <summary><c>N:X</c>: the namespace X itself.</summary>
    Namespace,

    /// <summary><c>N:X.*</c>: X and every namespace below it.</summary>
    NamespaceAndBelow,

    /// <summary><c>T:X.Y</c>: one type.</summary>
    Type,

    /// <summary><c>T:X.Pre*</c>: the types of a container whose metadata name starts with a prefix.</summary>
    TypePrefix,

    /// <summary><c>M:X.Y.*</c>: every member of a type.</summary>
    AllMembers,

    /// <summary><c>M:X.Y.Pre*</c>: the members whose name starts with a prefix.</summary>
    MemberPrefix,

    /// <summary><c>M:X.Y.Name</c>: every overload of a member name.</summary>
    Member,

    /// <summary><c>M:X.Y.Name(Params)</c>: one signature.</summary>
    Signature,
}

/// <summary>
/// A symbol line's ID taken apart once: container, name, signature and wildcard shape. The symbol index
/// (<see cref="RuleIndex"/>) and the resolver of COC0091 (<see cref="EntryResolver"/>) both read this.
/// </summary>
internal sealed class EntryShape
{
    private EntryShape(EntryShapeKind kind, string container, string name, string? signature)
    {
        Kind = kind;
        Container = container;
        Name = name;
        Signature = signature;
    }

    public EntryShapeKind Kind { get; }

    /// <summary>
    /// The dotted name the line lives in: the namespace itself (N:), the type's full name (T:), the container of a
    /// type prefix (empty for the global namespace), or a member's containing type.
    /// </summary>
    public string Container { get; }

    /// <summary>A member's name (normalized: <c>#ctor</c> is <c>.ctor</c>), a member or type prefix, or empty.</summary>
    public string Name { get; }

    /// <summary>The full documentation-comment ID of a <see cref="EntryShapeKind.Signature"/> line (<c>M:X.Y.Name(Params)</c>).</summary>
    public string? Signature { get; }

    public static EntryShape Parse(char kind, string id)
    {
        switch (kind)
        {
            case 'N':
                return id.EndsWith(".*", StringComparison.Ordinal)
                    ? new EntryShape(EntryShapeKind.NamespaceAndBelow, id.Substring(0, id.Length - 2), string.Empty, null)
                    : new EntryShape(EntryShapeKind.Namespace, id, string.Empty, null);

            case 'T':
                if (id.EndsWith("*", StringComparison.Ordinal))
                {
                    string stem = id.Substring(0, id.Length - 1);
                    int dot = stem.LastIndexOf('.');
                    return new EntryShape(EntryShapeKind.TypePrefix, dot < 0 ? string.Empty : stem.Substring(0, dot), stem.Substring(dot + 1), null);
                }

                return new EntryShape(EntryShapeKind.Type, id, string.Empty, null);

            default:
                int paren = id.IndexOf('(');
                string qualified = paren < 0 ? id : id.Substring(0, paren);
                int lastDot = qualified.LastIndexOf('.');
                string type = qualified.Substring(0, lastDot);
                string member = qualified.Substring(lastDot + 1);
                if (member == "*")
                {
                    return new EntryShape(EntryShapeKind.AllMembers, type, string.Empty, null);
                }

                if (member.EndsWith("*", StringComparison.Ordinal))
                {
                    return new EntryShape(EntryShapeKind.MemberPrefix, type, SymbolNames.NormalizeMemberName(member.TrimEnd('*')), null);
                }

                string name = SymbolNames.NormalizeMemberName(member);
                return paren < 0
                    ? new EntryShape(EntryShapeKind.Member, type, name, null)
                    : new EntryShape(EntryShapeKind.Signature, type, name, kind + ":" + id);
        }
    }
}

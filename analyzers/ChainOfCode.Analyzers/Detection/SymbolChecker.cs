using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// Decides, once per symbol and compilation, which rule (if any) a reference to the symbol breaks.
/// Lives for one compilation; verdicts are cached by original definition.
/// </summary>
internal sealed class SymbolChecker
{
    private readonly RuleIndex deny;
    private readonly RuleIndex allow;
    private readonly bool allowlist;
    private readonly RuleMatch? outside;
    // Keyed by the original definition's object, which the compiler keeps one of per symbol: comparing references
    // costs less than SymbolEqualityComparer's virtual calls on every lookup, and an equal symbol under another
    // object only gets its own entry with the same verdict.
    private readonly ConcurrentDictionary<ISymbol, RuleMatch?> verdicts = new(ReferenceComparer.Instance);
    // The line naming a type itself (or its namespace), by type: every member of a type asks it when its own verdict is
    // first made (Dapper: 1,025 member verdicts over a few dozen types, 4 µs each), and every type for each of its bases.
    private readonly ConcurrentDictionary<ISymbol, RuleMatch?> ownRules = new(ReferenceComparer.Instance);

    public SymbolChecker(Policy policy)
    {
        deny = policy.DenyIndex;
        allow = policy.AllowIndex;
        Capability? outsideCapability = policy.GetCapability(RuleIds.OutsideAllowedSurface);
        allowlist = policy.Mode == PolicyMode.Allowlist && outsideCapability is { IsEnabled: true };
        outside = allowlist ? new RuleMatch(outsideCapability!, null, null) : null;
    }

    public RuleIndex Denials => deny;

    public RuleMatch? Feature(string feature) => deny.GetFeature(feature);

    /// <summary>True for the allowlist verdict: about what is written, never inherited through a receiver.</summary>
    public bool IsOutsideSurface(RuleMatch rule) => rule == outside;

    /// <summary>The rule a reference to this symbol (member or type) breaks, or null.</summary>
    [MethodImpl(Jit.Optimized)]
    public RuleMatch? Check(ISymbol symbol)
    {
        if (symbol.Kind == SymbolKind.Method && symbol is IMethodSymbol { MethodKind: MethodKind.ReducedExtension, ReducedFrom: { } reduced })
        {
            symbol = reduced;
        }

        symbol = symbol.OriginalDefinition;
        if (verdicts.TryGetValue(symbol, out RuleMatch? cached))
        {
            return cached;
        }

        switch (symbol.Kind)
        {
            case SymbolKind.Method when symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                return null;
            case SymbolKind.Method or SymbolKind.Property or SymbolKind.Field or SymbolKind.Event or SymbolKind.NamedType or SymbolKind.ErrorType:
                break;
            default:
                return null;
        }

        RuleMatch? verdict = symbol is INamedTypeSymbol type ? DenyType(type) : DenyMember(symbol);
        if (verdict is null && allowlist && !OnSurface(symbol))
        {
            verdict = outside;
        }

        verdicts.TryAdd(symbol, verdict);
        return verdict;
    }

    /// <summary>The first rule broken by a written type, looking through arrays, pointers and type arguments.</summary>
    [MethodImpl(Jit.Optimized)]
    public (RuleMatch Rule, ISymbol Subject)? CheckType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return null;
            case IArrayTypeSymbol array:
                return CheckType(array.ElementType);
            case IPointerTypeSymbol pointer:
                return Feature(Features.Pointer) is { } pointerRule ? (pointerRule, pointer) : CheckType(pointer.PointedAtType);
            case IFunctionPointerTypeSymbol functionPointer:
                return Feature(Features.FunctionPointer) is { } fnRule ? (fnRule, functionPointer) : null;
            case IDynamicTypeSymbol dynamic:
                return Feature(Features.Dynamic) is { } dynamicRule ? (dynamicRule, dynamic) : null;
            case INamedTypeSymbol named:
                if (named.SpecialType == SpecialType.System_Void || named.TypeKind == TypeKind.Error)
                {
                    return null;
                }

                if (Check(named) is { } rule)
                {
                    return (rule, named);
                }

                if (!named.IsGenericType)
                {
                    // Neither it nor a containing type has type arguments (most declared types: string, int, a
                    // plain class), so there is nothing more to read.
                    return null;
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    if (CheckType(argument) is { } found)
                    {
                        return found;
                    }
                }

                return named.ContainingType is { } containing ? CheckTypeArguments(containing) : null;
            default:
                return null;
        }
    }

    /// <summary>Only the type arguments of a type (and of its containing types).</summary>
    [MethodImpl(Jit.Optimized)]
    public (RuleMatch Rule, ISymbol Subject)? CheckTypeArguments(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            foreach (ITypeSymbol argument in type.TypeArguments)
            {
                if (CheckType(argument) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private RuleMatch? DenyMember(ISymbol member)
    {
        for (ISymbol? current = member; current is not null; current = Overridden(current))
        {
            if (deny.MatchMember(current) is { } rule)
            {
                return rule.IsAllow ? null : rule;
            }
        }

        if (member.ContainingType is not { } type)
        {
            return null;
        }

        if (OwnRule(type.OriginalDefinition) is { } own)
        {
            return own.IsAllow ? null : CheckCachedType(type);
        }

        // The type is banned only through its base type: its constructors build the banned base, but
        // its other members are the project's own code (their banned calls are reported where they are).
        return member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? CheckCachedType(type) : null;
    }

    private RuleMatch? CheckCachedType(INamedTypeSymbol type)
    {
        // Through Check so the containing type's verdict is cached too; in allowlist mode that verdict
        // may be COC0011, which is about the type, not a denial inherited by the member.
        RuleMatch? rule = Check(type);
        return rule is not null && IsOutsideSurface(rule) ? null : rule;
    }

    private RuleMatch? DenyType(INamedTypeSymbol type)
    {
        if (OwnRule(type) is { } own)
        {
            return own.IsAllow ? null : own;
        }

        // A type derived from a banned type is that capability under another name.
        for (INamedTypeSymbol? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (OwnRule(baseType.OriginalDefinition) is { IsAllow: false } inherited)
            {
                return inherited;
            }
        }

        return null;
    }

    private RuleMatch? OwnRule(INamedTypeSymbol type)
    {
        if (!ownRules.TryGetValue(type, out RuleMatch? rule))
        {
            rule = TypeRule(deny, type);
            ownRules.TryAdd(type, rule);
        }

        return rule;
    }

    private static RuleMatch? TypeRule(RuleIndex index, INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (index.MatchTypeItself(current) is { } rule)
            {
                return rule;
            }

            if (current.ContainingType is null)
            {
                return index.MatchNamespace(current.ContainingNamespace);
            }
        }

        return null;
    }

    private bool OnSurface(ISymbol symbol)
    {
        if (symbol.ContainingAssembly is ISourceAssemblySymbol || symbol.ContainingAssembly is null)
        {
            return true;
        }

        if (symbol is not INamedTypeSymbol)
        {
            if (allow.MatchMember(symbol) is { } memberRule)
            {
                return !memberRule.IsAllow;
            }

            symbol = symbol.ContainingType;
            if (symbol is null)
            {
                return true;
            }
        }

        return TypeRule(allow, (INamedTypeSymbol)symbol) is { IsAllow: false };
    }

    /// <summary>Symbols by object: the compiler keeps one object per symbol, and an equal one under another object only costs an entry.</summary>
    internal sealed class ReferenceComparer : IEqualityComparer<ISymbol>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod?.OriginalDefinition,
        IPropertySymbol property => property.OverriddenProperty?.OriginalDefinition,
        IEventSymbol @event => @event.OverriddenEvent?.OriginalDefinition,
        _ => null,
    };
}

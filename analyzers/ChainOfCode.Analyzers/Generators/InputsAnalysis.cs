using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>Reads a [ScriptInputs] type into an <see cref="InputsModel"/>: its members, their shapes and limits, and what keeps it from being served.</summary>
internal static class InputsAnalysis
{
    /// <summary>Deepest shape of a member (a list of lists of ...), the runtime's nesting default.</summary>
    public const int MaxNesting = 100;

    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static InputsModel Read(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        Location at = declaration.Identifier.GetLocation();
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            problems.Add(Shape(at, $"'{type.Name}' must be partial: the generator adds its validation and JSON members."));
        }

        if (type.ContainingType is not null || type.IsGenericType)
        {
            problems.Add(Shape(at, $"'{type.Name}' must be a top-level, non-generic type."));
        }

        IPropertySymbol[] properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && p.Name != "EqualityContract")
            .ToArray();
        IMethodSymbol? constructor = type.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == properties.Length && c.Parameters.Length > 0
            && c.Parameters.All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase) && SymbolEqualityComparer.Default.Equals(q.Type, p.Type))));
        if (constructor is not null)
        {
            properties = constructor.Parameters.Select(p => properties.First(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
        }

        var members = ImmutableArray.CreateBuilder<InputMember>();
        var memberTypes = ImmutableArray.CreateBuilder<(string, string, Location)>();
        foreach (IPropertySymbol property in properties)
        {
            IParameterSymbol? parameter = constructor?.Parameters.First(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            Location location = (parameter ?? (ISymbol)property).Locations.FirstOrDefault() ?? at;
            if (Capability(property.Type) is { } reason)
            {
                problems.Add(Diagnostic.Create(RuleDescriptors.InputCapability, location, property.Name, property.Type.ToDisplayString(), reason));
                continue;
            }

            foreach (INamedTypeSymbol part in Parts(property.Type))
            {
                if (DocumentationCommentId.CreateDeclarationId(part.OriginalDefinition) is { } id)
                {
                    memberTypes.Add((id, property.Name, location));
                }
            }

            InputType? shape = Shape(property.Type);
            if (shape is null || shape.Depth > MaxNesting)
            {
                problems.Add(Shape(location, $"'{property.Name}' has type '{property.Type.ToDisplayString()}', which script inputs do not support: use string, bool, numbers, arrays or lists of them, or dictionaries keyed by string."));
                continue;
            }

            if (constructor is null && property.SetMethod is null)
            {
                problems.Add(Shape(location, $"'{property.Name}' has no setter or init accessor and no constructor parameter: the generator cannot read it."));
                continue;
            }

            ImmutableArray<AttributeData> attributes = property.GetAttributes().AddRange(parameter?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty);
            (long? min, long? max, string? minNumber, string? maxNumber) = Limits(attributes);
            members.Add(new InputMember(property.Name, JsonName(property.Name), shape, min, max, minNumber, maxNumber));
        }

        string keyword = declaration is RecordDeclarationSyntax record
            ? (record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record")
            : declaration.Keyword.ValueText;
        return new InputsModel(
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            keyword,
            constructor is not null,
            new EquatableArray<InputMember>(members.ToImmutable()),
            new EquatableArray<Diagnostic>(problems.ToImmutable()),
            new EquatableArray<(string, string, Location)>(memberTypes.ToImmutable()));
    }

    /// <summary>The capability a member of this type would hand the script (COC0013), or null.</summary>
    private static string? Capability(ITypeSymbol type)
    {
        switch (type)
        {
            case IDynamicTypeSymbol:
                return "dynamic dispatch";
            case IArrayTypeSymbol array:
                return Capability(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "native memory";
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            return "an object of any type";
        }

        if (type.TypeKind == TypeKind.Delegate || type.SpecialType is SpecialType.System_Delegate or SpecialType.System_MulticastDelegate)
        {
            return "code to call";
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            switch (current.ToDisplayString())
            {
                case "System.Type":
                    return "reflection";
                case "System.IO.Stream":
                    return "a stream";
                case "System.Net.Http.HttpMessageInvoker":
                    return "network access";
                case "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask":
                    return "work running on the host";
            }

            if (current.OriginalDefinition.ToDisplayString() is "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>")
            {
                return "work running on the host";
            }
        }

        if (type.ToDisplayString() == "System.IServiceProvider" || type.AllInterfaces.Any(i => i.ToDisplayString() == "System.IServiceProvider"))
        {
            return "the host's services";
        }

        return type is INamedTypeSymbol named ? named.TypeArguments.Select(Capability).FirstOrDefault(r => r is not null) : null;
    }

    private static IEnumerable<INamedTypeSymbol> Parts(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return Parts(array.ElementType);
        }

        return type is INamedTypeSymbol named ? new[] { named }.Concat(named.TypeArguments.SelectMany(Parts)) : Enumerable.Empty<INamedTypeSymbol>();
    }

    private static InputType? Shape(ITypeSymbol type)
    {
        string name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(Qualified);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return new InputType(InputKind.String, name);
            case SpecialType.System_Boolean:
                return new InputType(InputKind.Boolean, name);
            case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                return new InputType(InputKind.Integer, name);
            case SpecialType.System_Single or SpecialType.System_Double:
                return new InputType(InputKind.Floating, name);
            case SpecialType.System_Decimal:
                return new InputType(InputKind.Decimal, name);
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return Shape(array.ElementType) is { } element ? new InputType(InputKind.Array, name, element) : null;
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        string definition = named.OriginalDefinition.ToDisplayString();
        if (definition is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IList<T>"
            or "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IReadOnlyCollection<T>")
        {
            return Shape(named.TypeArguments[0]) is { } element ? new InputType(InputKind.List, name, element) : null;
        }

        if (definition is "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" or "System.Collections.Generic.IDictionary<TKey, TValue>"
            && named.TypeArguments[0].SpecialType == SpecialType.System_String)
        {
            return Shape(named.TypeArguments[1]) is { } value ? new InputType(InputKind.Dictionary, name, value) : null;
        }

        return null;
    }

    private static (long? Min, long? Max, string? MinNumber, string? MaxNumber) Limits(ImmutableArray<AttributeData> attributes)
    {
        long? min = null;
        long? max = null;
        string? minNumber = null;
        string? maxNumber = null;
        foreach (AttributeData attribute in attributes)
        {
            if (attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != "System.ComponentModel.DataAnnotations")
            {
                continue;
            }

            ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
            switch (attribute.AttributeClass.Name)
            {
                case "RangeAttribute" when arguments.Length == 2 && arguments[0].Value is { } low && arguments[1].Value is { } high:
                    minNumber = Number(low);
                    maxNumber = Number(high);
                    break;
                case "StringLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int most:
                    max = most;
                    foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
                    {
                        if (named.Key == "MinimumLength" && named.Value.Value is int least)
                        {
                            min = least;
                        }
                    }

                    break;
                case "MaxLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int most:
                    max = most;
                    break;
                case "MinLengthAttribute" when arguments.Length == 1 && arguments[0].Value is int least:
                    min = least;
                    break;
            }
        }

        return (min, max, minNumber, maxNumber);
    }

    private static string Number(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) + "L",
    };

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static Diagnostic Shape(Location location, string message) => Diagnostic.Create(RuleDescriptors.ScriptInputsShape, location, message);
}

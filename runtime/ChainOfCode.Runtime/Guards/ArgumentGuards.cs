using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// Guards on the arguments of library calls: an allocation size is checked against the budget before the
/// call, a regular expression gets the run's timeout (or has its own capped). API-specific by nature.
/// </summary>
internal static class ArgumentGuards
{
    private static readonly HashSet<string> RegexStatics = new(System.StringComparer.Ordinal)
    {
        "IsMatch", "Match", "Matches", "Replace", "Split", "Count", "EnumerateMatches", "EnumerateSplits",
    };

    /// <summary>The visited argument list of a call to <paramref name="method"/> with its allocation and regex guards.</summary>
    public static ArgumentListSyntax Guard(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ArgumentListSyntax original, ArgumentListSyntax visited)
    {
        if (method.ContainingAssembly is ISourceAssemblySymbol)
        {
            return visited;
        }

        string type = method.ContainingType.ToDisplayString();
        var replaced = visited.Arguments.ToList();
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Syntax is not ArgumentSyntax syntax || argument.Parameter is not { } parameter)
            {
                continue;
            }

            int index = original.Arguments.IndexOf(syntax);
            if (index < 0)
            {
                continue;
            }

            if (type == "System.Text.RegularExpressions.Regex" && parameter.Type.Name == "TimeSpan")
            {
                replaced[index] = replaced[index].WithExpression(GuardSyntax.GuardCall("CapTimeout", replaced[index].Expression, null));
                continue;
            }

            int? bytes = AllocationBytes(method, type, parameter);
            if (bytes is { } size && parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 && syntax.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                replaced[index] = replaced[index].WithExpression(GuardSyntax.ItemsCheck(replaced[index].Expression, size));
            }
        }

        ArgumentListSyntax result = visited.WithArguments(SeparatedList(replaced, visited.Arguments.GetSeparators()));
        if (type == "System.Text.RegularExpressions.Regex"
            && (method.MethodKind == MethodKind.Constructor || (method.IsStatic && RegexStatics.Contains(method.Name)))
            && !method.Parameters.Any(p => p.Type.Name == "TimeSpan")
            && method.Parameters.Length == arguments.Length)
        {
            if (!method.Parameters.Any(p => p.Type.Name == "RegexOptions"))
            {
                result = result.AddArguments(Argument(ParseExpression("global::System.Text.RegularExpressions.RegexOptions.None")));
            }

            result = result.AddArguments(Argument(ParseExpression($"{GuardSyntax.Guard}.RegexTimeout")));
        }

        return result;
    }

    private static int? AllocationBytes(IMethodSymbol method, string type, IParameterSymbol parameter) => (type, method.Name, parameter.Name) switch
    {
        ("string", ".ctor", "count") => 2,
        ("string", "PadLeft" or "PadRight", "totalWidth") => 2,
        ("System.Text.StringBuilder", ".ctor", "capacity") => 2,
        ("System.Text.StringBuilder", "Append", "repeatCount") => 2,
        ("System.Text.StringBuilder", "Insert", "count") => 2,
        ("System.Text.StringBuilder", "EnsureCapacity", "capacity") => 2,
        ("System.Linq.Enumerable", "Repeat", "count") => 8,
        ("System.Linq.Enumerable", "Range", "count") => 4,
        ("System.Array", "Resize", "newSize") => 8,
        ("System.Array", "CreateInstance", "length" or "length1" or "length2" or "length3") => 8,
        ("System.Numerics.BigInteger", "Pow", "exponent") => 1,
        (_, ".ctor" or "EnsureCapacity", "capacity") when type.StartsWith("System.Collections", System.StringComparison.Ordinal) => 8,
        _ => null,
    };

    /// <summary>Bytes per element of an array of <paramref name="type"/>.</summary>
    public static int SizeOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte => 1,
        SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16 => 2,
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single => 4,
        SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double => 8,
        SpecialType.System_Decimal => 16,
        _ when type.TypeKind == TypeKind.Enum && type is INamedTypeSymbol { EnumUnderlyingType: { } underlying } => SizeOf(underlying),
        _ when type.IsValueType => 16,
        _ => 8,
    };
}

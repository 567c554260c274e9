using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0004: <c>Type.GetType("Some.Type")</c> with a constant name becomes <c>typeof(Some.Type)</c>
/// when the name resolves the way Type.GetType resolves it at run time: a name without an assembly
/// in the calling assembly or the core library, an assembly-qualified name in that assembly. Not
/// offered for generic or inaccessible types, or names that do not resolve.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypeOfInsteadOfGetTypeFix)), Shared]
public sealed class TypeOfInsteadOfGetTypeFix : SafeCodeFixProvider
{
    internal const string Key = "COC0004.TypeOf";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.Reflection);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        if (context.DiagnosticNode is not InvocationExpressionSyntax invocation
            || context.Model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: "GetType", IsStatic: true } method
            || !TypeNames.IsSystemType(method.ContainingType, "Type")
            || !HasSupportedShape(context, method, invocation)
            || context.Model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, context.CancellationToken) is not { HasValue: true, Value: string name }
            || Resolve(context.Model.Compilation, name) is not { } type
            || !context.Model.IsAccessible(invocation.SpanStart, type)
            || context.Policy.RuleForType(type) is not null)
        {
            yield break;
        }

        yield return FixPlan.Replace($"Use typeof({type.Name})", Key, invocation, current =>
            SyntaxFactory.TypeOfExpression(TypeNames.Syntax(context.Document, type)).WithTriviaFrom(current));
    }

    /// <summary>GetType(name) or GetType(name, constant throwOnError): both return the type once it resolves.</summary>
    private static bool HasSupportedShape(FixContext context, IMethodSymbol method, InvocationExpressionSyntax invocation)
    {
        if (invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            return false;
        }

        return method.Parameters.Length switch
        {
            1 => true,
            2 => method.Parameters[1].Type.SpecialType == SpecialType.System_Boolean
                && context.Model.GetConstantValue(invocation.ArgumentList.Arguments[1].Expression, context.CancellationToken).HasValue,
            _ => false,
        };
    }

    internal static INamedTypeSymbol? Resolve(Compilation compilation, string name)
    {
        string typeName = name;
        string? assemblyName = null;
        int comma = name.IndexOf(',');
        if (comma >= 0)
        {
            typeName = name.Substring(0, comma);
            string rest = name.Substring(comma + 1);
            int next = rest.IndexOf(',');
            assemblyName = (next >= 0 ? rest.Substring(0, next) : rest).Trim();
        }

        typeName = typeName.Trim();
        if (typeName.Length == 0 || typeName.IndexOfAny(new[] { '`', '[', ']', '*', '&' }) >= 0)
        {
            return null;
        }

        IEnumerable<IAssemblySymbol> assemblies = assemblyName is null
            ? new[] { compilation.Assembly, compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly }
            : new[] { compilation.Assembly }
                .Concat(compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>())
                .Where(a => a.Identity.Name == assemblyName);

        foreach (IAssemblySymbol assembly in assemblies)
        {
            if (assembly.GetTypeByMetadataName(typeName) is { TypeKind: not TypeKind.Error, IsGenericType: false } type)
            {
                return type;
            }
        }

        return null;
    }
}

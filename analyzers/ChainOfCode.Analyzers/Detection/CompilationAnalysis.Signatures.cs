using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ChainOfCode.Analyzers.Detection;

/// <summary>
/// A method's signature, skipped when every type it writes was already found harmless where it is written.
/// Reading a signature through the symbol API builds its public parameter and type objects the first time
/// (most of the method symbol action's time on real code); most methods of a type write the same few types.
/// A written type's meaning depends only on its text and its scope: the method's own type parameters, then
/// the enclosing declaration (its type parameters, members, usings). So the verdict of a written type is kept
/// by (enclosing declaration node, text with the method's type parameters replaced by a marker), and a method
/// all of whose written types have a harmless verdict there is not read again. The first method that writes a
/// text in a declaration, and every method that writes a banned one, is checked from its symbol as before.
/// </summary>
internal sealed partial class CompilationAnalysis
{
    /// <summary>What a method's type parameter is replaced by in a written type's key.</summary>
    private const string MethodTypeParameter = "\u0001";

    /// <summary>True when the written type (by enclosing declaration and key) has no banned part.</summary>
    private readonly ConcurrentDictionary<(SyntaxNode Scope, string Key), bool> writtenVerdicts = new();

    [ThreadStatic]
    private static StringBuilder? keyBuilder;

    /// <summary>0 not known yet, 1 when <c>Nullable&lt;T&gt;</c> is not banned, 2 when it is.</summary>
    private int nullableVerdict;

    [MethodImpl(Jit.Optimized)]
    private void CheckMethodSignature<TReporter>(TReporter context, IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
        where TReporter : struct, IReporter
    {
        if (!WrittenSignature(method, cancellationToken, out SyntaxNode? scope, out TypeSyntax? returnType, out ParameterListSyntax? parameterList, out TypeParameterListSyntax? typeParameters))
        {
            CheckSignature(context, method, cancellationToken);
            return;
        }

        // `T?` means Nullable<T> for a value-type parameter and T otherwise: one key, two types, unless Nullable<T> is harmless.
        if (nullableVerdict == 0)
        {
            nullableVerdict = checker.CheckType(compilation.GetSpecialType(SpecialType.System_Nullable_T)) is null ? 1 : 2;
        }

        string? returnKey = returnType is null ? null : Key(returnType, typeParameters);
        bool known = returnType is null || IsHarmless(scope!, returnKey);
        SeparatedSyntaxList<ParameterSyntax> parameters = parameterList!.Parameters;
        for (int i = 0; known && i < parameters.Count; i++)
        {
            known = parameters[i].Type is { } written && IsHarmless(scope!, Key(written, typeParameters));
        }

        if (known)
        {
            return;
        }

        // Checked from the symbol as before; each written type's verdict is kept for the next method.
        Remember(scope!, returnKey, CheckDeclared(context, method, method.ReturnType, cancellationToken));
        var parameterSymbols = method.Parameters;
        for (int i = 0; i < parameterSymbols.Length; i++)
        {
            IParameterSymbol parameter = parameterSymbols[i];
            bool harmless = CheckDeclared(context, parameter, parameter.Type, cancellationToken);
            if (parameterSymbols.Length == parameters.Count && parameters[i].Type is { } written)
            {
                Remember(scope!, Key(written, typeParameters), harmless);
            }
        }
    }

    [MethodImpl(Jit.Optimized)]
    private bool IsHarmless(SyntaxNode scope, string? key) =>
        key is not null && (ReferenceEquals(key, MethodTypeParameter) || (writtenVerdicts.TryGetValue((scope, key), out bool harmless) && harmless));

    private void Remember(SyntaxNode scope, string? key, bool harmless)
    {
        if (key is not null && !ReferenceEquals(key, MethodTypeParameter))
        {
            writtenVerdicts.TryAdd((scope, key), harmless);
        }
    }

    /// <summary>
    /// The declaration a method's signature is written in, when it is one declaration of a method, constructor or
    /// operator directly inside a type (or a script); false for anything else (checked from the symbol).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool WrittenSignature(IMethodSymbol method, CancellationToken cancellationToken, out SyntaxNode? scope, out TypeSyntax? returnType,
        out ParameterListSyntax? parameters, out TypeParameterListSyntax? typeParameters)
    {
        scope = null;
        returnType = null;
        parameters = null;
        typeParameters = null;
        var references = method.DeclaringSyntaxReferences;
        if (references.Length != 1)
        {
            return false;
        }

        SyntaxNode node = references[0].GetSyntax(cancellationToken);
        switch (node)
        {
            case MethodDeclarationSyntax declaration:
                returnType = declaration.ReturnType;
                typeParameters = declaration.TypeParameterList;
                break;
            case ConstructorDeclarationSyntax:
                break;
            case OperatorDeclarationSyntax op:
                returnType = op.ReturnType;
                break;
            case ConversionOperatorDeclarationSyntax conversion:
                returnType = conversion.Type;
                break;
            default:
                return false;
        }

        parameters = ((BaseMethodDeclarationSyntax)node).ParameterList;
        scope = node.Parent;
        return scope is TypeDeclarationSyntax or CompilationUnitSyntax;
    }

    /// <summary>
    /// A written type's text as tokens, the method's own type parameters replaced by a marker; the marker itself for
    /// a bare type parameter (never banned); null when the text's meaning may differ between methods.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private string? Key(TypeSyntax type, TypeParameterListSyntax? typeParameters)
    {
        switch (type)
        {
            case PredefinedTypeSyntax predefined:
                return predefined.Keyword.ValueText;
            case IdentifierNameSyntax identifier:
                return IsTypeParameter(identifier.Identifier, typeParameters) ? MethodTypeParameter : identifier.Identifier.ValueText;
        }

        StringBuilder builder = keyBuilder ??= new StringBuilder();
        builder.Clear();
        bool replaced = false;
        bool nullable = false;
        foreach (SyntaxToken token in type.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && IsTypeParameter(token, typeParameters))
            {
                builder.Append(MethodTypeParameter);
                replaced = true;
            }
            else
            {
                nullable |= token.IsKind(SyntaxKind.QuestionToken);
                builder.Append(token.ValueText);
            }

            builder.Append(' ');
        }

        return replaced && nullable && nullableVerdict != 1 ? null : builder.ToString();
    }

    private static bool IsTypeParameter(SyntaxToken identifier, TypeParameterListSyntax? typeParameters)
    {
        if (typeParameters is not null)
        {
            string name = identifier.ValueText;
            foreach (TypeParameterSyntax parameter in typeParameters.Parameters)
            {
                if (parameter.Identifier.ValueText == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

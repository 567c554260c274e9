using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ChainOfCode.Analyzers;
using ChainOfCode.Analyzers.Rules;
using ChainOfCode.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Simplification;

namespace ChainOfCode.CodeFixes;

/// <summary>
/// COC0009: a regular expression without a match timeout. First action: add a timeout argument
/// (<c>RegexOptions.None</c> first where the overload needs options), 1 s unless
/// <c>chain_of_code.regex_timeout_ms</c> in .editorconfig says otherwise. Second action: switch to
/// <c>RegexOptions.NonBacktracking</c>, offered only for a constant pattern the non-backtracking
/// engine accepts (no backreferences, lookarounds, atomic groups, conditionals) and constant options.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RegexTimeoutFix)), Shared]
public sealed class RegexTimeoutFix : SafeCodeFixProvider
{
    internal const string TimeoutKey = "COC0009.AddTimeout";
    internal const string NonBacktrackingKey = "COC0009.NonBacktracking";

    /// <summary>The .editorconfig key for the timeout the fix writes, in milliseconds.</summary>
    public const string TimeoutOption = "chain_of_code.regex_timeout_ms";

    /// <summary>The timeout written when .editorconfig does not set one.</summary>
    public const int DefaultTimeoutMilliseconds = 1000;

    private const string RegexOptionsType = "global::System.Text.RegularExpressions.RegexOptions";
    private const int NonBacktrackingValue = 1024;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.RegexTimeout);

    internal override IEnumerable<FixPlan> Plan(FixContext context)
    {
        SyntaxNode? node = context.DiagnosticNode;
        if (node is AttributeSyntax attribute)
        {
            return PlanAttribute(context, attribute);
        }

        return PlanCall(context, node);
    }

    // The diagnostic carries the catalog line it matched: the fix adds a timeout where that line is marked
    // `guard: regex-timeout` (COC0009's Regex calls), not where a project's own COC0009 line matched another API.
    private static bool MatchedTimeoutLine(FixContext context) =>
        context.Diagnostic.Properties.TryGetValue(RuleDescriptors.EntryProperty, out string? entry) && GuardHints.Marks(GuardHints.RegexTimeout, entry);

    private IEnumerable<FixPlan> PlanCall(FixContext context, SyntaxNode? node)
    {
        ArgumentListSyntax? arguments = node switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            _ => null,
        };

        if (node is null
            || arguments is null
            || arguments.Arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None))
            || context.Model.GetSymbolInfo(node, context.CancellationToken).Symbol is not IMethodSymbol method
            || !MatchedTimeoutLine(context)
            || method.Parameters.Length != arguments.Arguments.Count)
        {
            yield break;
        }

        bool hasOptions = method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].Type.Name == "RegexOptions";
        int timeout = TimeoutMilliseconds(context);
        yield return FixPlan.Replace(
            $"Add a match timeout ({timeout} ms)",
            TimeoutKey,
            node,
            current => WithArguments(current, list => AddTimeout(list, hasOptions, timeout)));

        int patternIndex = -1;
        for (int i = 0; i < method.Parameters.Length; i++)
        {
            if (method.Parameters[i].Name == "pattern")
            {
                patternIndex = i;
            }
        }

        ExpressionSyntax? optionsArgument = hasOptions ? arguments.Arguments[arguments.Arguments.Count - 1].Expression : null;
        if (patternIndex >= 0 && AllowsNonBacktracking(context, arguments.Arguments[patternIndex].Expression, optionsArgument))
        {
            yield return FixPlan.Replace(
                "Use RegexOptions.NonBacktracking",
                NonBacktrackingKey,
                node,
                current => WithArguments(current, list => AddNonBacktracking(list, hasOptions)));
        }
    }

    private static int TimeoutMilliseconds(FixContext context)
    {
        AnalyzerConfigOptions options = context.Document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(context.Root.SyntaxTree);
        return options.TryGetValue(TimeoutOption, out string? text)
            && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            && value > 0
                ? value
                : DefaultTimeoutMilliseconds;
    }

    private static SyntaxNode WithArguments(SyntaxNode node, Func<ArgumentListSyntax, ArgumentListSyntax> change) => node switch
    {
        InvocationExpressionSyntax invocation => invocation.WithArgumentList(change(invocation.ArgumentList)),
        BaseObjectCreationExpressionSyntax creation => creation.WithArgumentList(change(creation.ArgumentList!)),
        _ => node,
    };

    private static ArgumentListSyntax AddTimeout(ArgumentListSyntax list, bool hasOptions, int milliseconds)
    {
        ExpressionSyntax timeout = milliseconds % 1000 == 0
            ? TimeSpanCall("FromSeconds", milliseconds / 1000)
            : TimeSpanCall("FromMilliseconds", milliseconds);
        if (!hasOptions)
        {
            list = Append(list, Qualified(RegexOptionsType + ".None"));
        }

        return Append(list, timeout);
    }

    private static ArgumentListSyntax AddNonBacktracking(ArgumentListSyntax list, bool hasOptions)
    {
        ExpressionSyntax flag = Qualified(RegexOptionsType + ".NonBacktracking");
        if (!hasOptions)
        {
            return Append(list, flag);
        }

        ArgumentSyntax last = list.Arguments[list.Arguments.Count - 1];
        ExpressionSyntax options = last.Expression;
        ExpressionSyntax combined = IsNone(options)
            ? flag.WithTriviaFrom(options)
            : SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, SyntaxHelpers.Parenthesize(options.WithoutTrailingTrivia()), flag)
                .WithTrailingTrivia(options.GetTrailingTrivia());
        return list.ReplaceNode(last, last.WithExpression(combined));
    }

    private static bool IsNone(ExpressionSyntax options) =>
        options is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "None" } or IdentifierNameSyntax { Identifier.ValueText: "None" };

    private static ArgumentListSyntax Append(ArgumentListSyntax list, ExpressionSyntax expression)
    {
        SeparatedSyntaxList<ArgumentSyntax> arguments = list.Arguments;
        SyntaxToken separator = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        if (arguments.Count > 0)
        {
            // Keep the last argument's trailing trivia (a comment before the parenthesis) at the end.
            ArgumentSyntax last = arguments[arguments.Count - 1];
            SyntaxTriviaList trailing = last.GetTrailingTrivia();
            arguments = arguments.Replace(last, last.WithoutTrailingTrivia());
            SyntaxNodeOrTokenList items = arguments.GetWithSeparators()
                .Add(separator)
                .Add(SyntaxFactory.Argument(expression).WithTrailingTrivia(trailing));
            return list.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(items));
        }

        return list.WithArguments(arguments.Add(SyntaxFactory.Argument(expression)));
    }

    private static ExpressionSyntax TimeSpanCall(string method, int value) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                Qualified("global::System.TimeSpan"),
                SyntaxFactory.IdentifierName(method)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value))))));

    private static ExpressionSyntax Qualified(string name) =>
        SyntaxFactory.ParseExpression(name).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// [GeneratedRegex("p")], [GeneratedRegex("p", options)] and [GeneratedRegex("p", options, culture)]:
    /// the timeout is the int matchTimeoutMilliseconds argument, which comes right after the options.
    /// </summary>
    private IEnumerable<FixPlan> PlanAttribute(FixContext context, AttributeSyntax attribute)
    {
        AttributeArgumentListSyntax? arguments = attribute.ArgumentList;
        if (arguments is null
            || arguments.Arguments.Any(a => a.NameColon is not null || a.NameEquals is not null)
            || context.Model.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || constructor.ContainingType is not { Name: "GeneratedRegexAttribute", ContainingNamespace.Name: "RegularExpressions" }
            || constructor.Parameters.Length != arguments.Arguments.Count
            || constructor.Parameters.Length is 0 or > 3
            || constructor.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_Int32))
        {
            yield break;
        }

        bool hasOptions = constructor.Parameters.Length >= 2;
        int timeout = TimeoutMilliseconds(context);
        yield return FixPlan.Replace($"Add a match timeout ({timeout} ms)", TimeoutKey, attribute, current =>
        {
            var currentAttribute = (AttributeSyntax)current;
            SeparatedSyntaxList<AttributeArgumentSyntax> list = currentAttribute.ArgumentList!.Arguments;
            if (!hasOptions)
            {
                list = list.Add(SyntaxFactory.AttributeArgument(Qualified(RegexOptionsType + ".None")));
            }

            list = list.Insert(2, SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(timeout))));
            return currentAttribute.WithArgumentList(currentAttribute.ArgumentList.WithArguments(Spaced(list)));
        });

        ExpressionSyntax? options = hasOptions ? arguments.Arguments[1].Expression : null;
        if (AllowsNonBacktracking(context, arguments.Arguments[0].Expression, options))
        {
            yield return FixPlan.Replace("Use RegexOptions.NonBacktracking", NonBacktrackingKey, attribute, current =>
            {
                var currentAttribute = (AttributeSyntax)current;
                SeparatedSyntaxList<AttributeArgumentSyntax> list = currentAttribute.ArgumentList!.Arguments;
                ExpressionSyntax flag = Qualified(RegexOptionsType + ".NonBacktracking");
                if (!hasOptions)
                {
                    list = list.Add(SyntaxFactory.AttributeArgument(flag));
                }
                else
                {
                    ExpressionSyntax currentOptions = list[1].Expression;
                    ExpressionSyntax combined = IsNone(currentOptions)
                        ? flag.WithTriviaFrom(currentOptions)
                        : SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, SyntaxHelpers.Parenthesize(currentOptions.WithoutTrailingTrivia()), flag)
                            .WithTrailingTrivia(currentOptions.GetTrailingTrivia());
                    list = list.Replace(list[1], list[1].WithExpression(combined));
                }

                return currentAttribute.WithArgumentList(currentAttribute.ArgumentList.WithArguments(Spaced(list)));
            });
        }
    }

    /// <summary>Separators as ", " (the list's own separators where they exist).</summary>
    private static SeparatedSyntaxList<AttributeArgumentSyntax> Spaced(SeparatedSyntaxList<AttributeArgumentSyntax> list)
    {
        var separators = new List<SyntaxToken>();
        for (int i = 0; i < list.Count - 1; i++)
        {
            separators.Add(i < list.SeparatorCount && list.GetSeparator(i).TrailingTrivia.Count > 0
                ? list.GetSeparator(i)
                : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return SyntaxFactory.SeparatedList(list, separators);
    }

    private static bool AllowsNonBacktracking(FixContext context, ExpressionSyntax patternArgument, ExpressionSyntax? optionsArgument)
    {
        if (context.Model.GetConstantValue(patternArgument, context.CancellationToken) is not { HasValue: true, Value: string pattern })
        {
            return false;
        }

        int options = 0;
        if (optionsArgument is not null)
        {
            Optional<object?> constant = context.Model.GetConstantValue(optionsArgument, context.CancellationToken);
            if (!constant.HasValue || constant.Value is not int value)
            {
                return false;
            }

            options = value;
        }

        return EngineAccepts(pattern, (RegexOptions)options);
    }

    /// <summary>
    /// Asks the regex engine of the process the fix runs in; where that engine predates
    /// NonBacktracking (.NET Framework hosts), falls back to rejecting the constructs it lacks.
    /// </summary>
    internal static bool EngineAccepts(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.RightToLeft | RegexOptions.ECMAScript)) != 0)
        {
            return false;
        }

        try
        {
            _ = new Regex(pattern, options);
        }
        catch (ArgumentException)
        {
            return false;
        }

        try
        {
            _ = new Regex(pattern, options | (RegexOptions)NonBacktrackingValue);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return !UnsupportedConstruct.IsMatch(pattern);
        }
    }

    // Lookarounds, atomic groups, conditionals, balancing groups and backreferences (numbered or named).
    private static readonly Regex UnsupportedConstruct = new(
        @"(?<!\\)(?:\\\\)*(?:\(\?(?:[=!>(]|<[=!]|<\w*-|'\w*-)|\\[1-9]|\\k)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}

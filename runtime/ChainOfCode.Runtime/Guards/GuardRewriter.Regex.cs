using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guard rewrite's regular-expression side: a static call with a constant pattern uses its call site's instance,
/// its captures counted when the script is rewritten.
/// </summary>
internal sealed partial class GuardRewriter
{
    /// <summary>
    /// A static <c>Regex.IsMatch</c>, <c>Match</c> or <c>Count</c> of a string with a constant pattern (within the limit) and
    /// constant options (not <c>IgnoreCase</c>, whose instance would keep the culture it was made in), on one line:
    /// <c>__cocRun.Regex(site, pattern, options).Count(input)</c>, the instance of its call site with the run's timeout
    /// (<see cref="ScriptGuard.Regex"/>), or <c>__cocRun.IsMatch(site, pattern, options, input)</c>
    /// (<see cref="ScriptGuard.IsMatch"/>). Null for any other call.
    /// </summary>
    private ExpressionSyntax? CachedRegex(IInvocationOperation invocation, InvocationExpressionSyntax node, InvocationExpressionSyntax visited)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.IsStatic || method.Name is not ("IsMatch" or "Match" or "Count") || method.ContainingType.ToDisplayString() != "System.Text.RegularExpressions.Regex"
            || method.Parameters.Length is not (2 or 3) || invocation.Arguments.Length != method.Parameters.Length
            || method.Parameters[0] is not { Name: "input", Type.SpecialType: SpecialType.System_String } || method.Parameters[1].Name != "pattern"
            || (method.Parameters.Length == 3 && method.Parameters[2].Name != "options")
            || node.GetLocation().GetLineSpan() is var lines && lines.StartLinePosition.Line != lines.EndLinePosition.Line)
        {
            return null;
        }

        IArgumentOperation? Argument(string name) => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == name);
        if (Argument("pattern")?.Value.ConstantValue is not { HasValue: true, Value: string pattern } || pattern.Length > ScriptGuard.MaxRegexPatternChars
            || Argument("input")?.Syntax is not ArgumentSyntax input || node.ArgumentList.Arguments.IndexOf(input) is not (>= 0 and var index))
        {
            return null;
        }

        int options = 0;
        if (method.Parameters.Length == 3
            && (Argument("options")?.Value.ConstantValue is not { HasValue: true, Value: int constant } || (constant & (int)System.Text.RegularExpressions.RegexOptions.IgnoreCase) != 0))
        {
            return null;
        }
        else if (method.Parameters.Length == 3)
        {
            options = (int)Argument("options")!.Value.ConstantValue.Value!;
        }

        if (CaptureGroups(pattern, options) is not (>= 0 and var groups))
        {
            return null; // not a pattern: the call throws as it would
        }

        ExpressionSyntax inputExpression = visited.ArgumentList.Arguments[index].Expression.WithoutTrivia();
        if (groups > 0)
        {
            // Its captures grow with groups × input (ScriptGuard.RegexInput).
            inputExpression = GuardCall("RegexInput", inputExpression, groups);
        }

        LiteralExpressionSyntax patternLiteral = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(pattern));
        if (method.Name == "IsMatch")
        {
            // The guard matches it: a hot site is compiled (ScriptGuard.IsMatch).
            var isMatch = (InvocationExpressionSyntax)ParseExpression($"{Guard}.IsMatch({regexSite++}, \"\", (global::System.Text.RegularExpressions.RegexOptions)({options}), null)");
            SeparatedSyntaxList<ArgumentSyntax> arguments = isMatch.ArgumentList.Arguments;
            arguments = arguments.Replace(arguments[1], SyntaxFactory.Argument(patternLiteral));
            arguments = arguments.Replace(arguments[3], SyntaxFactory.Argument(inputExpression));
            return isMatch.WithArgumentList(isMatch.ArgumentList.WithArguments(arguments)).WithTriviaFrom(visited);
        }

        var call = (InvocationExpressionSyntax)ParseExpression($"{Guard}.Regex({regexSite++}, \"\", (global::System.Text.RegularExpressions.RegexOptions)({options})).{method.Name}()");
        var regex = (InvocationExpressionSyntax)((MemberAccessExpressionSyntax)call.Expression).Expression;
        regex = regex.WithArgumentList(regex.ArgumentList.WithArguments(regex.ArgumentList.Arguments.Replace(regex.ArgumentList.Arguments[1], SyntaxFactory.Argument(patternLiteral))));
        return call.WithExpression(((MemberAccessExpressionSyntax)call.Expression).WithExpression(regex))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(SyntaxFactory.Argument(inputExpression))))
            .WithTriviaFrom(visited);
    }

    // The Regex methods whose work over their input the guard checks (AmplifiedSizes.RegexWork).
    private static readonly System.Collections.Generic.HashSet<string> RegexWorkNames =
        ["IsMatch", "Match", "Matches", "Split", "Replace", "Count", "EnumerateMatches", "EnumerateSplits"];

    private static bool IsRegexWork(IMethodSymbol method) =>
        RegexWorkNames.Contains(method.Name) && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex";

    /// <summary>
    /// The guard's method and chain extension that check an instance call of <paramref name="method"/>: a
    /// <see cref="RegexWorkNames"/> member (<see cref="GuardedRegex"/>) or <c>Match.Result</c> (<see cref="GuardedMatch"/>);
    /// null for any other method.
    /// </summary>
    private static (string Calls, string Extension)? CheckedReceiver(IMethodSymbol method) =>
        method.IsStatic ? null
        : IsRegexWork(method) ? ("RegexCalls", ScriptCalls.GuardedChainCalls.RegexCallsName)
        : method is { Name: "Result", Parameters.Length: 1 } && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Match" ? ("MatchCalls", ScriptCalls.GuardedChainCalls.MatchCallsName)
        : null;

    /// <summary>
    /// An instance call <c>r.IsMatch(s)</c> (any <see cref="RegexWorkNames"/> member, or <c>m.Result(r)</c>):
    /// <c>__cocRun.RegexCalls(r).IsMatch(s)</c>, the same overload on <see cref="GuardedRegex"/> (<see cref="GuardedMatch"/>),
    /// which checks after the arguments are evaluated, holding nothing. A call without a receiver (in a subclass) or on
    /// <c>base</c> goes through <c>this</c> (the methods are not virtual). In a <c>?.</c> chain, whose receiver cannot
    /// leave the chain (<c>r?.Matches(s)</c>, <c>a?.b.IsMatch(s)</c>), the receiver goes through the extension of
    /// <see cref="ScriptCalls.GuardedChainCalls"/>: <c>r?.__cocRegexCalls(__cocRun).Matches(s)</c>. Null for other calls.
    /// </summary>
    private InvocationExpressionSyntax? RegexInstanceCall(IInvocationOperation invocation, InvocationExpressionSyntax visited)
    {
        if (CheckedReceiver(invocation.TargetMethod) is not var (calls, extension))
        {
            return null;
        }

        if (RegexReceiver(visited.Expression) is ({ } receiver, { } name))
        {
            return visited.WithExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, GuardCall(calls, receiver, null), name.WithoutTrivia())
                .WithTriviaFrom(visited.Expression));
        }

        if (ThroughChainExtension(visited.Expression, extension, ParseExpression(Guard)) is { } chained)
        {
            UsesScriptCalls = true;
            return visited.WithExpression(chained);
        }

        return null;
    }

    /// <summary>
    /// A static call <c>Regex.Split(s, p)</c> (any <see cref="RegexWorkNames"/> member) that <see cref="CachedRegex"/>
    /// does not take: <c>__cocRun.RegexStatics.Split(s, p)</c>, the same overload (named arguments too) on
    /// <see cref="GuardedRegexStatics"/>, which checks the pattern, drops <c>Compiled</c>, gives the run's timeout or caps
    /// the one passed, and checks the call's worst case after the arguments are evaluated, holding nothing.
    /// </summary>
    private static InvocationExpressionSyntax? RegexStaticCall(IInvocationOperation invocation, InvocationExpressionSyntax visited)
    {
        SimpleNameSyntax? name = visited.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (invocation.TargetMethod is not { IsStatic: true } method || !IsRegexWork(method) || name is null)
        {
            return null;
        }

        return visited.WithExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseExpression($"{Guard}.RegexStatics"), name.WithoutTrivia())
            .WithTriviaFrom(visited.Expression));
    }

    /// <summary>
    /// A method group of a <see cref="RegexWorkNames"/> member (or of <c>Match.Result</c>) made into a delegate (<c>words.Where(r.IsMatch)</c>,
    /// <c>Func&lt;string, string, bool&gt; f = Regex.IsMatch;</c>): the same group on <see cref="GuardedRegex"/>
    /// (<c>__cocRun.RegexCalls(r).IsMatch</c>, the instance taken when the delegate is made, as the original takes it)
    /// or on <see cref="GuardedRegexStatics"/> (<c>__cocRun.RegexStatics.IsMatch</c>), whose overloads are the same, so
    /// the delegate's every call is checked and timed as a call is. Null for anything else.
    /// </summary>
    private ExpressionSyntax? RegexMethodGroup(ExpressionSyntax node, ExpressionSyntax visited)
    {
        SimpleNameSyntax? name = node switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is null || !(RegexWorkNames.Contains(name.Identifier.ValueText) || name.Identifier.ValueText == "Result")
            || model.GetOperation(node, cancellationToken) is not IMethodReferenceOperation { Parent: IDelegateCreationOperation, Method: var method })
        {
            return null;
        }

        if (method.IsStatic && IsRegexWork(method))
        {
            return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ParseExpression($"{Guard}.RegexStatics"), name.WithoutTrivia()).WithTriviaFrom(node);
        }

        return CheckedReceiver(method) is var (calls, _) && RegexReceiver(visited) is ({ } receiver, { } visitedName)
            ? MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, GuardCall(calls, receiver, null), visitedName.WithoutTrivia()).WithTriviaFrom(node)
            : null;
    }

    // The receiver and name of "r.M", "base.M" (as this) or "M" (this); none in a "?." chain.
    private static (ExpressionSyntax? Receiver, SimpleNameSyntax? Name) RegexReceiver(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access when !StartsWithBinding(access.Expression) =>
            (access.Expression is BaseExpressionSyntax ? ThisExpression() : access.Expression, access.Name),
        SimpleNameSyntax simple => (ThisExpression(), simple),
        _ => (null, null),
    };

    /// <summary>
    /// A <c>MatchEvaluator</c> argument of a Regex call the rewrite does not route through <see cref="GuardedRegex"/>
    /// (a static call): <c>__cocRun.Evaluator(e)</c>, counted as it answers.
    /// </summary>
    private static ArgumentListSyntax WithCountedEvaluator(IInvocationOperation invocation, ArgumentListSyntax original, ArgumentListSyntax list)
    {
        if (!IsRegexWork(invocation.TargetMethod))
        {
            return list;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "MatchEvaluator" && argument.Syntax is ArgumentSyntax syntax && original.Arguments.IndexOf(syntax) is >= 0 and var index)
            {
                list = list.WithArguments(list.Arguments.Replace(list.Arguments[index], list.Arguments[index].WithExpression(GuardCall("Evaluator", list.Arguments[index].Expression, null))));
            }
        }

        return list;
    }

    /// <summary>A constant pattern's capture groups (without the whole match), or -1 when it is not a pattern.</summary>
    private static int CaptureGroups(string pattern, int options)
    {
        try
        {
            return new System.Text.RegularExpressions.Regex(pattern, (System.Text.RegularExpressions.RegexOptions)options & ~System.Text.RegularExpressions.RegexOptions.Compiled).GetGroupNumbers().Length - 1;
        }
        catch (System.ArgumentException)
        {
            return -1;
        }
    }
}

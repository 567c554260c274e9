using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// A Chain-of-Code program before the gate: the calls it makes to functions it never defines, each typed
/// from its use, and the source the gate checks — the program with a declaration of each such function
/// inserted on the line of its first statement (so no line moves), whose body never runs. The gate and its
/// analyzers therefore see a complete program: the emulated call's name and arguments are data, and
/// every other line is checked as in any script.
/// </summary>
internal sealed class ChainProgram
{
    /// <summary>The diagnostic of a call whose type its use does not give, or that an emulator cannot produce.</summary>
    public const string UntypedCallId = ChainOfCode.Analyzers.Rules.RuleIds.UntypedEmulatedCall;

    private ChainProgram(string code, string gateSource, int insertedAt, int insertedLength, IReadOnlyList<EmulatedFunction> functions, IReadOnlyList<ScriptDiagnostic> errors)
    {
        Code = code;
        GateSource = gateSource;
        InsertedAt = insertedAt;
        InsertedLength = insertedLength;
        Functions = functions;
        Errors = errors;
    }

    /// <summary>The program as written.</summary>
    public string Code { get; }

    /// <summary>The program with the emulated functions declared (what the gate checks).</summary>
    public string GateSource { get; }

    /// <summary>Where the declarations were inserted (a character offset in <see cref="Code"/>).</summary>
    public int InsertedAt { get; }

    /// <summary>How many characters were inserted.</summary>
    public int InsertedLength { get; }

    /// <summary>The functions to emulate, by name and number of arguments.</summary>
    public IReadOnlyList<EmulatedFunction> Functions { get; }

    /// <summary>Calls that cannot be emulated (no type from their use, named or ref arguments): the program does not run.</summary>
    public IReadOnlyList<ScriptDiagnostic> Errors { get; }

    /// <summary>Finds and types the calls to undefined functions. Never throws for bad input.</summary>
    public static ChainProgram Analyze(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(code, System.Text.Encoding.UTF8), ScriptGate.ParseOptions, path: string.Empty, cancellationToken);
        if (WithLineEndSemicolons(code, tree, cancellationToken) is { } repaired)
        {
            code = repaired;
            tree = CSharpSyntaxTree.ParseText(SourceText.From(code, System.Text.Encoding.UTF8), ScriptGate.ParseOptions, path: string.Empty, cancellationToken);
        }

        (SemanticModel model, HashSet<TextSpan> undefined) = Bind(tree, cancellationToken);
        if (WithMethodGroupLambdas(code, tree, model, undefined, cancellationToken) is { } expanded)
        {
            code = expanded;
            tree = CSharpSyntaxTree.ParseText(SourceText.From(code, System.Text.Encoding.UTF8), ScriptGate.ParseOptions, path: string.Empty, cancellationToken);
            (model, undefined) = Bind(tree, cancellationToken);
        }

        var errors = new List<ScriptDiagnostic>();
        var uses = new Dictionary<(string Name, int Arity), List<(LiteralType Type, int Line, int Strength)>>();
        var untyped = new List<((string Name, int Arity) Key, ScriptDiagnostic Error)>();
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        foreach (InvocationExpressionSyntax call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not IdentifierNameSyntax name || !undefined.Contains(name.Span))
            {
                continue;
            }

            int line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            int column = call.GetLocation().GetLineSpan().StartLinePosition.Character + 1;
            if (call.ArgumentList.Arguments.Any(a => a.NameColon is not null || !a.RefKindKeyword.IsKind(SyntaxKind.None)))
            {
                errors.Add(Error($"{name.Identifier.ValueText} is not defined, so it is emulated: pass its arguments by position, without names, ref, out or in.", line, column));
                continue;
            }

            LiteralType? type = EmulatedCallTyping.Infer(call, model, out ITypeSymbol? found, out int strength, cancellationToken);
            var key = (name.Identifier.ValueText, call.ArgumentList.Arguments.Count);
            if (type is null)
            {
                string function = name.Identifier.ValueText;
                ScriptDiagnostic error = Error(
                    found is null
                        ? $"{function} is not defined and its use does not give its type: use it as a condition, or assign it to a typed variable (a var only when a later use gives its type)."
                        : $"{function} is used as {found.ToDisplayString()}; an emulator returns bool, numbers, string, char, DateTime, or lists, arrays, sets or dictionaries of them.",
                    line,
                    column);
                if (found is null)
                {
                    // A call whose use gives no type ("string.Join(\", \", F(x))") may take the type another call of the function has.
                    untyped.Add((key, error));
                }
                else
                {
                    errors.Add(error);
                }

                continue;
            }

            if (!uses.TryGetValue(key, out var list))
            {
                uses[key] = list = [];
            }

            list.Add((type, line, strength));
        }

        errors.AddRange(untyped.Where(site => !uses.ContainsKey(site.Key)).Select(site => site.Error));
        var functions = new List<EmulatedFunction>();
        foreach (var ((functionName, arity), all) in uses)
        {
            // One function has one type: the one its strongest uses give. A call whose use is weaker (a value displayed or only
            // shown: "Console.WriteLine(F(a)); int n = F(b);") takes it, as any value can be displayed.
            int strongest = all.Min(site => site.Strength);
            var sites = all.Where(site => site.Strength == strongest).ToList();
            var conflict = sites.FirstOrDefault(site => !site.Type.Equals(sites[0].Type));
            if (conflict.Type is not null)
            {
                errors.Add(Error($"{functionName} is used as {sites[0].Type} on line {sites[0].Line} and as {conflict.Type} here; an emulated function has one type.", conflict.Line, 1));
                continue;
            }

            functions.Add(new EmulatedFunction(functionName, arity, sites[0].Type));
        }

        // Inserted before the first member or statement, on its line: every line keeps its number.
        int insertAt = root.Members.Count > 0 ? root.Members[0].SpanStart : code.Length;
        string declarations = string.Concat(functions.Select(f => f.Declaration()));
        return new ChainProgram(code, code.Insert(insertAt, declarations), insertAt, declarations.Length, functions, errors);
    }

    // The program's semantic model, and the names it does not define: "The name 'F' does not exist in the current context",
    // reported on the F of an F(...) call or of a method group F.
    private static (SemanticModel Model, HashSet<TextSpan> Undefined) Bind(SyntaxTree tree, CancellationToken cancellationToken)
    {
        CSharpCompilation compilation = CSharpCompilation.CreateScriptCompilation(
            "chain",
            tree,
            ScriptReferences.References,
            ScriptGate.CompilationOptions,
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: typeof(ScriptGlobals));
        var undefined = new HashSet<TextSpan>(compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Id == "CS0103" && d.Location.SourceTree == tree)
            .Select(d => d.Location.SourceSpan));
        return (compilation.GetSemanticModel(tree), undefined);
    }

    // "words.Select(adjective_rank)", "Array.ConvertAll(xs, to_number)", "Func<string, bool> f = is_fruit;": an undefined name
    // passed where a delegate is expected (an argument every candidate of its call takes as a delegate, the initializer or the
    // assigned value of a delegate variable) is written as the lambda "item => adjective_rank(item)", whose call is then typed and
    // emulated as any other. The lambda's parameters are names the program does not use. Null when there is none.
    private static string? WithMethodGroupLambdas(string code, SyntaxTree tree, SemanticModel model, HashSet<TextSpan> undefined, CancellationToken cancellationToken)
    {
        var groups = new List<(IdentifierNameSyntax Name, int Arity)>();
        foreach (IdentifierNameSyntax name in tree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (undefined.Contains(name.Span) && DelegateArity(name, model, cancellationToken) is int arity)
            {
                groups.Add((name, arity));
            }
        }

        if (groups.Count == 0)
        {
            return null;
        }

        string parameter = "item";
        for (int n = 1; code.Contains(parameter, StringComparison.Ordinal); n++)
        {
            parameter = "item" + new string('_', n);
        }

        var text = new System.Text.StringBuilder(code);
        foreach ((IdentifierNameSyntax name, int arity) in groups.OrderByDescending(group => group.Name.SpanStart))
        {
            string parameters = string.Join(", ", Enumerable.Range(0, arity).Select(i => i == 0 ? parameter : parameter + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            string lambda = $"{(arity == 1 ? parameters : "(" + parameters + ")")} => {name.Identifier.Text}({parameters})";
            text.Remove(name.SpanStart, name.Span.Length).Insert(name.SpanStart, lambda);
        }

        return text.ToString();
    }

    // How many parameters the delegate an undefined name is given as takes: the fewest among the candidates of the call it is
    // an argument of (Select's item selector, not its item-and-index one), or the declared delegate variable's. Null when the
    // name is not where a delegate with a result is expected.
    private static int? DelegateArity(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        static int? Arity(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { ReturnsVoid: false, Parameters.Length: > 0 } invoke }
                && invoke.Parameters.All(p => p.RefKind == RefKind.None)
                ? invoke.Parameters.Length
                : null;

        switch (name.Parent)
        {
            case ArgumentSyntax { NameColon: null, RefKindKeyword.RawKind: (int)SyntaxKind.None, Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } list } argument:
            {
                int index = list.Arguments.IndexOf(argument);
                SymbolInfo info = model.GetSymbolInfo(outer, cancellationToken);
                var candidates = (info.Symbol is null ? info.CandidateSymbols : [info.Symbol]).OfType<IMethodSymbol>().ToList();
                if (candidates.Count == 0)
                {
                    // "numbers.Count(is_odd)" on a list: the list's Count property hides the extension methods from the symbol.
                    candidates = [.. model.GetMemberGroup(outer.Expression, cancellationToken).OfType<IMethodSymbol>()];
                }

                var arities = candidates
                    .Where(method => method.Parameters.Length >= list.Arguments.Count && method.Parameters.Count(p => !p.IsOptional && !p.IsParams) <= list.Arguments.Count)
                    .Select(method => index < method.Parameters.Length ? Arity(method.Parameters[index].Type) : null)
                    .ToList();
                return arities.Count > 0 && arities.All(arity => arity is not null) ? arities.Min() : null;
            }

            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: false } declaration } }:
                return Arity(model.GetTypeInfo(declaration.Type, cancellationToken).Type);
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == name:
                return Arity(model.GetTypeInfo(assignment.Left, cancellationToken).Type);
            default:
                return null;
        }
    }

    // "answer = figure_out_answer(question)" with no ';' (a line written as in Python): a ';' missing where a line ends
    // (nothing but white space or a // comment after it) is put there, so the line runs, or is emulated, as the statement
    // it is. Null when there is none; every other parse error stays as it is.
    private static string? WithLineEndSemicolons(string code, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var missing = tree.GetDiagnostics(cancellationToken)
            .Where(d => d.Id == "CS1002" && d.Location.SourceSpan.IsEmpty && EndsLine(code, d.Location.SourceSpan.Start))
            .Select(d => d.Location.SourceSpan.Start)
            .Distinct()
            .OrderDescending()
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(code);
        foreach (int at in missing)
        {
            text.Insert(at, ';');
        }

        return text.ToString();
    }

    private static bool EndsLine(string code, int at)
    {
        int end = code.IndexOf('\n', at);
        string rest = code[at..(end < 0 ? code.Length : end)].Trim();
        return rest.Length == 0 || rest.StartsWith("//", StringComparison.Ordinal);
    }

    /// <summary>A gate diagnostic of <see cref="GateSource"/> moved back to the program's own columns.</summary>
    public ScriptDiagnostic ToProgramColumns(ScriptDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (InsertedLength == 0 || diagnostic.Line == 0)
        {
            return diagnostic;
        }

        LinePosition inserted = SourceText.From(Code).Lines.GetLinePosition(InsertedAt);
        if (diagnostic.Line != inserted.Line + 1 || diagnostic.Column <= inserted.Character + 1)
        {
            return diagnostic;
        }

        return diagnostic with { Column = Math.Max(inserted.Character + 1, diagnostic.Column - InsertedLength) };
    }

    private static ScriptDiagnostic Error(string message, int line, int column) =>
        new(UntypedCallId, "error", MessageSanitizer.Sanitize(message), line, column);
}

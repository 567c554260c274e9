using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// Rewrites a Chain-of-Code program the gate accepted (trusted code from here on, like the guard rewrite
/// that follows it): each call to an emulated function becomes a call on the run's
/// <see cref="ChainSession"/>; each program-level expression or declaration statement reports what it
/// changed to the trace, and, where it assigns variables an emulator can fill, is wrapped so that an
/// exception hands it to the emulator instead of ending the run. Never adds a line break, so errors and
/// the trace keep the program's line numbers. "Program level" is the top-level code and the blocks of its
/// loops and branches; local functions, lambdas and types run as they are, and a statement inside the
/// program's own <c>try</c> keeps the program's own error handling.
/// </summary>
internal sealed class ChainRewriter : CSharpSyntaxRewriter
{
    internal const string HolderClass = "__CocChain";
    internal const string HolderField = "S";
    private const string Session = HolderClass + "." + HolderField;
    private const int MaxStateVariables = 40;

    private readonly SemanticModel model;
    private readonly ChainProgram program;
    private readonly CancellationToken cancellationToken;
    private readonly List<CallSite> calls = [];
    private readonly List<StatementSite> statements = [];
    private readonly Microsoft.CodeAnalysis.Text.SourceText text;
    private int nested;
    private int protectedByTry;

    private ChainRewriter(SemanticModel model, ChainProgram program, CancellationToken cancellationToken)
    {
        this.model = model;
        this.program = program;
        this.cancellationToken = cancellationToken;
        text = model.SyntaxTree.GetText(cancellationToken);
    }

    /// <summary>The rewritten tree of an accepted program (the gate's tree of <see cref="ChainProgram.GateSource"/>) and its plan.</summary>
    public static (SyntaxTree Tree, ChainPlan Plan) Rewrite(SyntaxTree tree, SemanticModel model, ChainProgram program, CancellationToken cancellationToken)
    {
        var rewriter = new ChainRewriter(model, program, cancellationToken);
        var root = (CompilationUnitSyntax)rewriter.Visit(tree.GetRoot(cancellationToken))!;
        var holder = (MemberDeclarationSyntax)ParseMemberDeclaration(
            $"internal static class {HolderClass} {{ public static global::ChainOfCode.Runtime.Chain.ChainSession {HolderField}; }} ",
            options: ScriptGate.ParseOptions)!;
        root = root.WithMembers(root.Members.Insert(0, holder));
        SyntaxTree rewritten = CSharpSyntaxTree.Create(root, (CSharpParseOptions)tree.Options, tree.FilePath, System.Text.Encoding.UTF8);
        return (rewritten, new ChainPlan(program.Code, rewriter.calls, rewriter.statements));
    }

    // ---- emulated calls ----

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        EmulatedFunction? function = EmulatedFunctionOf(node);
        var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        if (function is null)
        {
            return visited;
        }

        int site = calls.Count;
        int line = LineOf(node);
        calls.Add(new CallSite(function.Name, line, LineText(line), function.ReturnType));
        var arguments = visited.ArgumentList.Arguments.Select(a => (ExpressionSyntax)a.Expression).ToList();
        var call = (InvocationExpressionSyntax)ParseExpression(
            $"{Session}.Call<{LiteralTypeSymbols.Syntax(function.ReturnType)}>({site.ToString(CultureInfo.InvariantCulture)}, new object[] {{ }})");
        var array = (ArrayCreationExpressionSyntax)call.ArgumentList.Arguments[1].Expression;
        array = array.WithInitializer(array.Initializer!.WithExpressions(SeparatedList(arguments, visited.ArgumentList.Arguments.GetSeparators())));
        call = call.WithArgumentList(call.ArgumentList.WithArguments(call.ArgumentList.Arguments.Replace(call.ArgumentList.Arguments[1], Argument(array))));
        return call.WithTriviaFrom(node);
    }

    private EmulatedFunction? EmulatedFunctionOf(InvocationExpressionSyntax node)
    {
        if (node.Expression is not IdentifierNameSyntax || model.GetSymbolInfo(node, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        bool declaredByUs = method.DeclaringSyntaxReferences.Any(r =>
            r.SyntaxTree == model.SyntaxTree && r.Span.Start >= program.InsertedAt && r.Span.End <= program.InsertedAt + program.InsertedLength);
        return declaredByUs ? program.Functions.FirstOrDefault(f => f.Name == method.Name && f.Arity == method.Parameters.Length) : null;
    }

    // ---- code that is not program level: instrument nothing inside ----

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => Nested(() => base.VisitLocalFunctionStatement(node));

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) => Nested(() => base.VisitMethodDeclaration(node));

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => Nested(() => base.VisitParenthesizedLambdaExpression(node));

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Nested(() => base.VisitSimpleLambdaExpression(node));

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => Nested(() => base.VisitAnonymousMethodExpression(node));

    public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Nested(() => base.VisitClassDeclaration(node));

    public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Nested(() => base.VisitStructDeclaration(node));

    public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Nested(() => base.VisitRecordDeclaration(node));

    public override SyntaxNode? VisitTryStatement(TryStatementSyntax node)
    {
        if (node.Catches.Count == 0)
        {
            return base.VisitTryStatement(node);
        }

        protectedByTry++;
        BlockSyntax block;
        try
        {
            block = (BlockSyntax)Visit(node.Block)!;
        }
        finally
        {
            protectedByTry--;
        }

        var catches = node.Catches.Select(c => (CatchClauseSyntax)Visit(c)!);
        var @finally = node.Finally is null ? null : (FinallyClauseSyntax)Visit(node.Finally)!;
        return node.WithBlock(block).WithCatches(List(catches)).WithFinally(@finally);
    }

    private SyntaxNode? Nested(Func<SyntaxNode?> visit)
    {
        nested++;
        try
        {
            return visit();
        }
        finally
        {
            nested--;
        }
    }

    // ---- statements: every list of statements, so that a declaration can become two statements ----

    public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node)
    {
        var members = new List<MemberDeclarationSyntax>();
        foreach (MemberDeclarationSyntax member in node.Members)
        {
            if (member is GlobalStatementSyntax global)
            {
                members.AddRange(Instrument(global.Statement).Select(s => GlobalStatement(s)));
            }
            else if (member is FieldDeclarationSyntax field && field.Modifiers.Count == 0 && field.AttributeLists.Count == 0)
            {
                // A top-level "int n = F();" of a script declares a field of the script: the program's variable.
                members.AddRange(InstrumentDeclaration<MemberDeclarationSyntax>(field, field.Declaration, Visit(field)!, (node, declaration) => ((FieldDeclarationSyntax)node).WithDeclaration(declaration), s => GlobalStatement(s)));
            }
            else
            {
                members.Add((MemberDeclarationSyntax)Visit(member)!);
            }
        }

        return node.WithMembers(List(members)).WithEndOfFileToken(node.EndOfFileToken);
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node) =>
        node.WithStatements(List(node.Statements.SelectMany(Instrument)));

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node) =>
        node.WithLabels(List(node.Labels.Select(l => (SwitchLabelSyntax)Visit(l)!))).WithStatements(List(node.Statements.SelectMany(Instrument)));

    // An expression statement in an embedded position ("if (c) x = F();") becomes a block.
    public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
    {
        IReadOnlyList<StatementSyntax> instrumented = Instrument(node);
        return instrumented.Count == 1 ? instrumented[0] : Block(instrumented).WithTriviaFrom(node);
    }

    private IReadOnlyList<StatementSyntax> Instrument(StatementSyntax statement)
    {
        // A script's last expression without its semicolon is the script's value: it stays last and as it is.
        if (nested > 0
            || statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax)
            || statement is ExpressionStatementSyntax { SemicolonToken.IsMissing: true }
            || statement.Parent is LabeledStatementSyntax)
        {
            // VisitExpressionStatement must not come back here for the same node.
            return [statement is ExpressionStatementSyntax expression ? (StatementSyntax)base.VisitExpressionStatement(expression)! : (StatementSyntax)Visit(statement)!];
        }

        if (statement is LocalDeclarationStatementSyntax local)
        {
            bool plain = !local.IsConst && local.UsingKeyword == default && !local.Modifiers.Any(m => m.IsKind(SyntaxKind.ScopedKeyword));
            return plain
                ? InstrumentDeclaration(local, local.Declaration, Visit(local)!, (node, declaration) => ((LocalDeclarationStatementSyntax)node).WithDeclaration(declaration), s => s)
                : [(StatementSyntax)Visit(local)!];
        }

        var expressionStatement = (ExpressionStatementSyntax)statement;
        StatementEffects effects = StatementEffects.Of(statement, model, cancellationToken);
        bool emulate = protectedByTry == 0 && effects.CanEmulate;
        int site = Register(statement, effects, emulate);
        var body = (ExpressionStatementSyntax)base.VisitExpressionStatement(expressionStatement)!.WithoutTrivia();
        StatementSyntax traced = ParseStatement(TraceCall(site, effects));
        if (!emulate)
        {
            return [body.WithLeadingTrivia(statement.GetLeadingTrivia()), traced.WithTrailingTrivia(statement.GetTrailingTrivia())];
        }

        return [Guarded(Block(body, traced), site, effects).WithTriviaFrom(statement)];
    }

    /// <summary>
    /// A declaration with initializers ("T a = E1, b;", a local or a script's top-level variable): traced after it
    /// runs, and when an emulator can fill its variables, split into "T a, b;" and
    /// "try { a = E1; trace } catch ... { a = (T)values[0]; }" so that a throwing initializer goes to the emulator.
    /// </summary>
    private List<T> InstrumentDeclaration<T>(SyntaxNode original, VariableDeclarationSyntax declaration, SyntaxNode visited, Func<SyntaxNode, VariableDeclarationSyntax, SyntaxNode> withDeclaration, Func<StatementSyntax, T> wrap)
        where T : SyntaxNode
    {
        if (nested > 0 || declaration.Type is RefTypeSyntax || !declaration.Variables.Any(v => v.Initializer is not null))
        {
            return [(T)visited];
        }

        StatementEffects effects = StatementEffects.Of(original, model, cancellationToken);
        bool emulate = protectedByTry == 0 && effects.CanEmulate;
        int site = Register(original, effects, emulate);
        string trace = TraceCall(site, effects);
        SyntaxTriviaList leading = original.GetLeadingTrivia();
        SyntaxTriviaList trailing = original.GetTrailingTrivia();
        if (!emulate)
        {
            return [(T)visited.WithoutTrailingTrivia().WithLeadingTrivia(leading), wrap(ParseStatement(trace).WithTrailingTrivia(trailing))];
        }

        VariableDeclarationSyntax visitedDeclaration = visited switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration,
            FieldDeclarationSyntax field => field.Declaration,
            _ => throw new InvalidOperationException("Not a declaration."),
        };
        TypeSyntax type = declaration.Type.IsVar ? ParseTypeName(effects.Targets[0].TypeSyntax) : visitedDeclaration.Type;
        var assignments = new List<StatementSyntax>();
        var declarators = new List<VariableDeclaratorSyntax>();
        foreach (VariableDeclaratorSyntax declarator in visitedDeclaration.Variables)
        {
            declarators.Add(declarator.WithInitializer(null));
            if (declarator.Initializer is { } initializer)
            {
                // "int[] a = { 1, 2 };": an array initializer is only an initializer; as an assignment it is "new int[] { 1, 2 }".
                ExpressionSyntax value = initializer.Value is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } array && type is ArrayTypeSyntax arrayType
                    ? ArrayCreationExpression(arrayType.WithoutTrivia().WithLeadingTrivia(Space), array).WithNewKeyword(Token(SyntaxKind.NewKeyword))
                    : initializer.Value;
                assignments.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(declarator.Identifier.WithoutTrivia()), value)));
            }
        }

        assignments.Add(ParseStatement(trace));
        SyntaxNode declared = withDeclaration(visited, visitedDeclaration.WithType(type.WithoutTrivia().WithTrailingTrivia(Space)).WithVariables(SeparatedList(declarators)))
            .WithoutTrivia()
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(Space);
        return [(T)declared, wrap(Guarded(Block(assignments), site, effects).WithTrailingTrivia(trailing))];
    }

    private int Register(SyntaxNode statement, StatementEffects effects, bool emulate)
    {
        int site = statements.Count;
        statements.Add(new StatementSite(
            LineOf(statement),
            Flatten(statement.ToString()),
            effects.Changes.Select(v => v.Name).ToList(),
            emulate ? effects.Targets.Select(t => t.Symbol.Name).ToList() : [],
            emulate ? effects.Targets.Select(t => t.Type).ToList() : [],
            emulate ? StateBefore(statement, effects) : []));
        return site;
    }

    private static string TraceCall(int site, StatementEffects effects) =>
        $"{Session}.Executed({site.ToString(CultureInfo.InvariantCulture)}, new object[] {{ {string.Join(", ", effects.Changes.Select(v => Name(v.Name)))} }}); ";

    // try { body } catch (Exception e) when (S.CanEmulate(e)) { object[] v = S.Emulate(k, e, new object[] { state }); a = (T)v[0]; ... }
    private TryStatementSyntax Guarded(BlockSyntax body, int site, StatementEffects effects)
    {
        StatementSite plan = statements[site];
        string state = string.Join(", ", plan.State.Select(Name));
        var assign = effects.Targets.Select((t, i) => $"{Name(t.Symbol.Name)} = ({t.TypeSyntax})__cocValues[{i.ToString(CultureInfo.InvariantCulture)}]; ");
        var handler = (TryStatementSyntax)ParseStatement(
            "try { } catch (global::System.Exception __cocFailure) when (" + Session + ".CanEmulate(__cocFailure)) { object[] __cocValues = "
            + $"{Session}.Emulate({site.ToString(CultureInfo.InvariantCulture)}, __cocFailure, new object[] {{ {state} }}); {string.Concat(assign)}}} ");
        return handler.WithBlock(body);
    }

    private List<string> StateBefore(SyntaxNode statement, StatementEffects effects)
    {
        int position = statement.SpanStart;
        var declaredHere = new HashSet<ISymbol>(effects.Declared, SymbolEqualityComparer.Default);
        // A script's top-level declaration is a field: no local is in scope there, so no flow to analyze.
        DataFlowAnalysis? flow = statement is StatementSyntax inBlock ? model.AnalyzeDataFlow(inBlock) : null;
        var assignedOnEntry = flow is { Succeeded: true } ? new HashSet<ISymbol>(flow.DefinitelyAssignedOnEntry, SymbolEqualityComparer.Default) : [];
        return model.LookupSymbols(position)
            .Where(symbol => !declaredHere.Contains(symbol) && symbol.DeclaringSyntaxReferences.Length > 0 && symbol.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree)
            .Where(symbol => symbol.DeclaringSyntaxReferences[0].Span.End <= position)
            .Where(symbol => symbol switch
            {
                ILocalSymbol local => !local.IsConst && StatementEffects.CanHold(local.Type) && assignedOnEntry.Contains(local),
                IFieldSymbol field => field.ContainingType.IsScriptClass && !field.IsConst && StatementEffects.CanHold(field.Type),
                _ => false,
            })
            .OrderBy(symbol => symbol.DeclaringSyntaxReferences[0].Span.Start)
            .Select(symbol => symbol.Name)
            .Distinct(StringComparer.Ordinal)
            .TakeLast(MaxStateVariables)
            .ToList();
    }

    private int LineOf(SyntaxNode node) => text.Lines.GetLineFromPosition(node.SpanStart).LineNumber + 1;

    private string LineText(int line) => Flatten(text.Lines[line - 1].ToString());

    private static string Name(string identifier) => "@" + identifier;

    private static string Flatten(string code)
    {
        string flat = string.Join(' ', code.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : flat[..197] + "...";
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ChainOfCode.Runtime;

/// <summary>
/// The script's functions (methods, local functions, lambdas) whose call can end only by returning or by a guard stop:
/// their bodies hold only what a <see cref="LoopShape.Plain"/> loop may hold (built-in operators on primitive values,
/// locals, parameters, the script's own fields; nothing that can throw), returns, and calls of other such functions of the
/// script. Such a function needs no <c>finally</c> to give back its depth: a guard stop is sticky (the run ends; a host
/// read restores the depth itself), and nothing else can leave it early. Without the <c>try</c>, the JIT may inline it
/// (a recursive function into itself, as it does the unguarded one) and keeps the guard in a register.
/// </summary>
internal sealed class ThrowFreeFunctions
{
    private readonly HashSet<IMethodSymbol> free;
    private readonly HashSet<IMethodSymbol> leaves;
    private readonly HashSet<IMethodSymbol> direct;
    private readonly HashSet<IMethodSymbol> inlined;

    private ThrowFreeFunctions(HashSet<IMethodSymbol> free, HashSet<IMethodSymbol> leaves, HashSet<IMethodSymbol> direct, HashSet<IMethodSymbol> inlined, int twinFrameBytes)
    {
        this.free = free;
        this.leaves = leaves;
        this.direct = direct;
        this.inlined = inlined;
        TwinFrameBytes = twinFrameBytes;
    }

    // A bound on the stack frame of a twin (ScriptGuard.EnterChain): a fixed part (return address, saved registers,
    // outgoing arguments, alignment) and a part per syntax node of its declaration. A twin holds only locals, parameters
    // and temporaries of primitive types (at most eight bytes each) and the Credited<T> results of its calls (sixteen),
    // each written with at least one node; unoptimized code (tier 0) gives every local and temporary its own slot.
    private const int TwinFrameBase = 192;
    private const int TwinFrameBytesPerNode = 16;

    /// <summary>The throw-free functions declared in <paramref name="root"/> (the original tree of <paramref name="model"/>).</summary>
    public static ThrowFreeFunctions Of(SemanticModel model, SyntaxNode root, CancellationToken cancellationToken)
    {
        // Each candidate's own operations, and the script functions it calls; then the greatest set closed under calls.
        var callees = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var direct = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var declarations = new Dictionary<IMethodSymbol, SyntaxNode>(SymbolEqualityComparer.Default);
        foreach (SyntaxNode node in root.DescendantNodes())
        {
            (IMethodSymbol? symbol, SyntaxNode? body) = node switch
            {
                MethodDeclarationSyntax method => (model.GetDeclaredSymbol(method, cancellationToken) as IMethodSymbol, (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression),
                LocalFunctionStatementSyntax local => (model.GetDeclaredSymbol(local, cancellationToken) as IMethodSymbol, (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression),
                AnonymousFunctionExpressionSyntax lambda => (model.GetSymbolInfo(lambda, cancellationToken).Symbol as IMethodSymbol, lambda.Body),
                _ => (null, null),
            };
            if (symbol is null || body is null || symbol.IsAsync || symbol.IsVirtual || symbol.IsOverride || symbol.IsAbstract || symbol.ReturnsByRef || symbol.ReturnsByRefReadonly
                || model.GetOperation(body, cancellationToken) is not { } operation
                || Calls(operation, root.SyntaxTree) is not { } calls)
            {
                continue;
            }

            callees[symbol] = calls;
            if (node is not AnonymousFunctionExpressionSyntax && DirectShape(symbol, node, body) && SmallValues(symbol, operation))
            {
                direct.Add(symbol);
                declarations[symbol] = node;
            }
        }

        var free = new HashSet<IMethodSymbol>(callees.Keys, SymbolEqualityComparer.Default);
        bool changed = true;
        while (changed)
        {
            changed = free.RemoveWhere(symbol => !callees[symbol].All(free.Contains)) > 0;
        }

        var leaves = new HashSet<IMethodSymbol>(free.Where(f => callees[f].Count == 0), SymbolEqualityComparer.Default);
        direct.IntersectWith(free);
        changed = true;
        while (changed)
        {
            changed = direct.RemoveWhere(symbol => !callees[symbol].All(direct.Contains)) > 0;
        }

        var twinned = new HashSet<IMethodSymbol>(direct.Where(f => callees[f].Count > 0).SelectMany(f => callees[f].Append(f)), SymbolEqualityComparer.Default);
        // A twin that no other twin calls asks the JIT to inline it (IsInlined): only into itself (one level of its own
        // recursion, one copy a call site, as the JIT does with the plain function) and into its wrappers, above the chain.
        var calledByOthers = new HashSet<IMethodSymbol>(
            twinned.SelectMany(g => callees[g].Where(f => !SymbolEqualityComparer.Default.Equals(f, g))),
            SymbolEqualityComparer.Default);
        var inlined = new HashSet<IMethodSymbol>(twinned.Where(f => callees[f].Count > 0 && !calledByOthers.Contains(f)), SymbolEqualityComparer.Default);
        int twinFrameBytes = twinned.Select(f => FrameBound(declarations[f].DescendantNodesAndSelf().Count(), inlined.Contains(f) ? callees[f].Count(g => SymbolEqualityComparer.Default.Equals(g, f)) : 0))
            .DefaultIfEmpty(TwinFrameBase).Max();
        return new ThrowFreeFunctions(free, leaves, twinned, inlined, twinFrameBytes);
    }

    // The bound on one level of a twin's frames: a twin inlined into itself holds, over two levels, its own copy and one a
    // call site of its own (selfCalls), so a level holds (1 + selfCalls) / 2 copies, at least one.
    private static int FrameBound(int nodes, int selfCalls)
    {
        long perLevel = (long)TwinFrameBytesPerNode * nodes * Math.Max(2, 1 + selfCalls) / 2;
        return (int)Math.Min(int.MaxValue / 2, TwinFrameBase + perLevel);
    }

    /// <summary>
    /// True for a throw-free method or local function (<see cref="Contains"/>) whose calls of the other such functions all
    /// go to twins (<see cref="ScriptGuard.CallSlowly"/>): it returns a primitive value, takes by-value parameters only (none
    /// optional, no <c>params</c>), holds no value of a struct type (nor a struct's <c>this</c> in a readonly member: <see cref="SmallValues"/>), is not generic, is written with no line break inside a token and no directive (its twin
    /// is a copy on one line, without the trivia: a <c>#line</c> would move the lines after it), has no loop (a loop's
    /// credit and the twin's would both be charged to the run: the loop's refill would count the twin's unspent credit as
    /// spent and stop up to a batch of steps before the budget), and it and every function it calls are such functions;
    /// a leaf only when another such function calls it (else nothing would call its twin). Its callers outside that set (and delegates made of it) call it as written: a
    /// wrapper that enters its twin at the guard's depth (a leaf: its own body, a checkpoint).
    /// </summary>
    public bool IsDirect(IMethodSymbol? function) => function is not null && direct.Contains(function.OriginalDefinition);

    /// <summary>
    /// True for a direct function's twin that no other twin calls (it calls itself, or only other twins): its twin asks the
    /// JIT to inline it, which then inlines a recursive twin into itself one level as it does the plain function (left to the
    /// JIT's heuristics, fib's twin with one hidden parameter was not, and ran at twice the time). Only such twins ask:
    /// inlined into another twin, k calls would put k copies in one frame, beyond <see cref="TwinFrameBytes"/>; its own copies
    /// are counted there.
    /// </summary>
    public bool IsInlined(IMethodSymbol? function) => function is not null && inlined.Contains(function.OriginalDefinition);

    private static bool DirectShape(IMethodSymbol symbol, SyntaxNode node, SyntaxNode body) =>
        symbol is { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction, IsGenericMethod: false, IsExtensionMethod: false, IsPartialDefinition: false, PartialImplementationPart: null, PartialDefinitionPart: null, ReturnsVoid: false, IsAsync: false, ContainingType.TypeKind: not TypeKind.Interface }
        && LoopShapes.Primitive(symbol.ReturnType)
        && node is MethodDeclarationSyntax or LocalFunctionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax }
        && symbol.Parameters.All(p => p is { RefKind: RefKind.None, IsOptional: false, IsParams: false })
        && !node.DescendantTokens().Any(token => token.Text.IndexOfAny(['\n', '\r']) >= 0) && !node.ContainsDirectives
        && !body.DescendantNodesAndSelf().Any(n => n is ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
        && body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().All(call => call.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax });

    // Every value a twin's frame may hold is of a primitive type or a reference (eight bytes at most), as TwinFrameBytes
    // assumes: a local or a field of a struct type would put a copy of kilobytes in each frame, under a bound of a few
    // hundred bytes, and so would a struct's this in a readonly member, which copies it whole to call a member that is not
    // (a recursion of such frames under a raised depth limit overflowed the run thread's stack between two probes). A
    // struct's this elsewhere is a reference.
    private static bool SmallValues(IMethodSymbol function, IOperation body) =>
        body.DescendantsAndSelf().All(operation => operation switch
        {
            IInstanceReferenceOperation reference => SmallValue(reference.Type) || !function.IsReadOnly,
            IVariableDeclaratorOperation declarator => SmallValue(declarator.Symbol.Type),
            _ => SmallValue(operation.Type),
        });

    private static bool SmallValue(ITypeSymbol? type) => type is null || type.IsReferenceType || LoopShapes.Primitive(type);

    /// <summary>
    /// A bound, in bytes, on the stack frame of any twin of the script (a direct function's or a leaf's): the guard derives
    /// from it how deep a chain of twins may go before a frame of it needs a probe of its own (<see cref="ScriptGuard.EnterChain"/>).
    /// </summary>
    public int TwinFrameBytes { get; }

    /// <summary>True when a call of <paramref name="function"/> can end only by returning or by a guard stop.</summary>
    public bool Contains(IMethodSymbol? function) => function is not null && free.Contains(function);

    /// <summary>
    /// True for a throw-free function that calls nothing, not even another script function: it cannot recurse, and its
    /// frame (primitive locals) is no bigger than a library frame. Such a function needs no depth and no stack probe
    /// (<see cref="GuardSyntax.GuardBody"/>): a checkpoint counts its call as a step, as an entry would.
    /// </summary>
    public bool IsLeaf(IMethodSymbol? function) => function is not null && leaves.Contains(function);

    // The script functions a body calls, or null when something in it may throw (or calls anything else).
    private static List<IMethodSymbol>? Calls(IOperation body, SyntaxTree tree)
    {
        var calls = new List<IMethodSymbol>();
        foreach (IOperation operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IReturnOperation { Kind: OperationKind.Return }:
                case IArgumentOperation { ArgumentKind: ArgumentKind.Explicit }:
                    continue;
                case IInvocationOperation invocation when invocation.Instance is null or IInstanceReferenceOperation
                    && invocation.TargetMethod.OriginalDefinition is { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction, IsVirtual: false, IsAbstract: false, IsOverride: false } target
                    && target.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == tree):
                    calls.Add(target);
                    continue;
                default:
                    if (LoopShapes.Classify(operation) != LoopShape.Plain)
                    {
                        return null;
                    }

                    continue;
            }
        }

        return calls;
    }
}

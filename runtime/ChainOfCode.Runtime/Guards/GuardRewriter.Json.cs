using ChainOfCode.Runtime.ScriptCalls;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static ChainOfCode.Runtime.GuardSyntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ChainOfCode.Runtime;

/// <summary>
/// The guard rewrite's JSON side: the serializer's calls, a node's text and a script's <c>Utf8JsonWriter</c> over a
/// stream go through the run's budgeted JSON (<see cref="GuardedJson"/>).
/// </summary>
internal sealed partial class GuardRewriter
{
    /// <summary>
    /// <c>new Utf8JsonWriter(stream, o)</c> as <c>new Utf8JsonWriter(__cocRun.Json.Sink(stream), o)</c>
    /// (<see cref="GuardedJson.Sink"/>): a writer over the stream's budgeted sink, so that a library call writing into
    /// the writer checks the run's budget as the output grows.
    /// </summary>
    private static ArgumentListSyntax JsonSink(IMethodSymbol constructor, ArgumentListSyntax list)
    {
        if (constructor.ContainingType is not { Name: "Utf8JsonWriter", ContainingNamespace: { Name: "Json", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }
            || constructor.Parameters is not [{ Name: "utf8Json" }, ..])
        {
            return list;
        }

        ArgumentSyntax? stream = list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "utf8Json")
            ?? (list.Arguments is [{ NameColon: null } first, ..] ? first : null);
        if (stream is null)
        {
            return list;
        }

        ArgumentSyntax sink = stream.WithExpression(GuardCall("Json.Sink", stream.Expression, null));
        if (stream.NameColon is { } name)
        {
            sink = sink.WithNameColon(name.WithName(IdentifierName("bufferWriter").WithTriviaFrom(name.Name)));
        }

        return list.WithArguments(list.Arguments.Replace(stream, sink));
    }

    // "node.ToJsonString(options)" as "__cocRun.Json.ToJsonString(node, options)" (GuardedJson.ToJsonString): the same
    // writer, into the run's budgeted buffer; "node.ToString()" on a receiver typed as a node as
    // "__cocRun.Json.NodeText(node)". In a "?." chain, where the receiver is a binding that cannot leave the chain
    // ("node?.ToJsonString()", "node?.Root.ToString()"), the call is "node?.__cocToJsonString(__cocRun.Json)", an
    // extension of GuardedJsonCalls (the tree then imports its namespace: UsesScriptCalls).
    private InvocationExpressionSyntax? JsonNodeText(IInvocationOperation invocation, InvocationExpressionSyntax visited)
    {
        (string guarded, string extension) = invocation.TargetMethod switch
        {
            { Name: "ToJsonString", IsStatic: false, ContainingType: var type } when IsJsonNode(type) => ("ToJsonString", GuardedJsonCalls.ToJsonStringName),
            { Name: "ToString", IsStatic: false, Parameters.Length: 0 } when invocation.Instance?.Type is { } type && IsJsonNode(type) => ("NodeText", GuardedJsonCalls.NodeTextName),
            _ => (string.Empty, string.Empty),
        };
        if (guarded.Length == 0)
        {
            return null;
        }

        ArgumentListSyntax withJson = visited.ArgumentList.WithArguments(visited.ArgumentList.Arguments.Insert(0, Argument(ParseExpression($"{Guard}.Json"))));
        switch (visited.Expression)
        {
            case MemberAccessExpressionSyntax access when !StartsWithBinding(access.Expression):
                return InvocationExpression(ParseExpression($"{Guard}.Json.{guarded}"), visited.ArgumentList.WithArguments(visited.ArgumentList.Arguments.Insert(0, Argument(access.Expression))))
                    .WithTriviaFrom(visited);
            case MemberAccessExpressionSyntax access:
                UsesScriptCalls = true;
                return visited.WithExpression(access.WithName(IdentifierName(extension).WithTriviaFrom(access.Name))).WithArgumentList(withJson);
            case MemberBindingExpressionSyntax binding:
                UsesScriptCalls = true;
                return visited.WithExpression(binding.WithName(IdentifierName(extension).WithTriviaFrom(binding.Name))).WithArgumentList(withJson);
            default:
                return null;
        }
    }

    // System.Text.Json.Nodes.JsonNode or a type derived from it (JsonArray, JsonObject, JsonValue).
    private static bool IsJsonNode(ITypeSymbol? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type is { Name: "JsonNode", ContainingNamespace: { Name: "Nodes", ContainingNamespace: { Name: "Json", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJsonSerializeName(string name) => name is "Serialize" or "SerializeToUtf8Bytes" or "SerializeToNode" or "SerializeToElement" or "SerializeToDocument";

    // JsonSerializer.Serialize or SerializeToUtf8Bytes returning the text, Serialize into a stream, SerializeToNode,
    // SerializeToElement and SerializeToDocument: GuardedJson has the same overloads, so the rewritten call binds to the
    // same shape. The overloads that write into a Utf8JsonWriter stay: the script's writer writes into a budgeted sink
    // (JsonSink). SerializeAsync does not compile in a script (its PipeWriter overloads need an assembly it is not given).
    private bool IsJsonSerialize(ExpressionSyntax node)
    {
        SymbolInfo info = model.GetSymbolInfo(node, cancellationToken);
        return info.Symbol is IMethodSymbol { ContainingType: { Name: "JsonSerializer", ContainingNamespace: { Name: "Json", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } } method
            && method.Parameters.Length > 0
            && (method.Parameters[0].Name == "value" || (method.Parameters[0].Name == "utf8Json" && method.Parameters[0].Type.ToDisplayString() == "System.IO.Stream"));
    }
}

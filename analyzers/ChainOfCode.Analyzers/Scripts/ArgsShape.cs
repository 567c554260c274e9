using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ChainOfCode.Analyzers.Scripts;

/// <summary>
/// The shape of a script's typed inputs (<c>Args.Words</c> instead of <c>Args["words"]</c>), as the script-inputs
/// generator describes a [ScriptInputs] type: <c>SortTask|Words:string;Limit:int;Weights:list&lt;double&gt;</c>. The
/// gate renders it as declarations added after the script (a record of that name and a typed <c>Args</c>), so the
/// worker needs none of the host's assemblies. A description, not source: only these member types can be named,
/// so the added code cannot reach anything the script could not.
/// </summary>
internal sealed class ArgsShape
{
    private static readonly ImmutableDictionary<string, (string CSharp, string Getter)> Scalars = new Dictionary<string, (string, string)>
    {
        ["string"] = ("string", "GetString()"),
        ["bool"] = ("bool", "GetBoolean()"),
        ["byte"] = ("byte", "GetByte()"),
        ["sbyte"] = ("sbyte", "GetSByte()"),
        ["short"] = ("short", "GetInt16()"),
        ["ushort"] = ("ushort", "GetUInt16()"),
        ["int"] = ("int", "GetInt32()"),
        ["uint"] = ("uint", "GetUInt32()"),
        ["long"] = ("long", "GetInt64()"),
        ["ulong"] = ("ulong", "GetUInt64()"),
        ["float"] = ("float", "GetSingle()"),
        ["double"] = ("double", "GetDouble()"),
        ["decimal"] = ("decimal", "GetDecimal()"),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private ArgsShape(string typeName, ImmutableArray<(string Name, string Type)> members)
    {
        TypeName = typeName;
        Members = members;
    }

    public string TypeName { get; }

    public ImmutableArray<(string Name, string Type)> Members { get; }

    /// <summary>Reads a description; null when it is not one (a name that is not an identifier, a type outside the grammar).</summary>
    public static ArgsShape? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text!.Split('|') is not { Length: 2 } parts || !IsName(parts[0]))
        {
            return null;
        }

        var members = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (string member in parts[1].Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = member.IndexOf(':');
            if (colon <= 0 || member.Substring(0, colon) is not { } name || !IsName(name) || CSharpType(member.Substring(colon + 1), 0) is null)
            {
                return null;
            }

            members.Add((name, member.Substring(colon + 1)));
        }

        return members.Count == 0 || members.Select(m => m.Item1).Distinct().Count() != members.Count ? null : new ArgsShape(parts[0], members.ToImmutable());
    }

    /// <summary>The declarations the gate adds after the script: the record, and <c>Args</c> typed as it (read once from the JSON arguments).</summary>
    public string ScriptDeclarations()
    {
        var s = new StringBuilder("\n");
        s.Append(TypeName).Append(" Args => __cocTypedArgs ??= ").Append(TypeName).Append(".__CocRead(UntypedArgs);\n");
        s.Append(TypeName).Append(" __cocTypedArgs;\n");
        s.Append(Record(reader: true));
        return s.ToString();
    }

    /// <summary>The same for the gate's analysis twin: the record and a typed static <c>Args</c>.</summary>
    public string TwinDeclarations() =>
        "static partial class __CocTwinGlobals\n{\n    public static " + TypeName + " Args => null!;\n}\n" + Record(reader: false);

    /// <summary>The JSON name of a member (camelCase), as the generated writer names it.</summary>
    public static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member.Substring(1);

    private string Record(bool reader)
    {
        var s = new StringBuilder("record ").Append(TypeName).Append('(');
        s.Append(string.Join(", ", Members.Select(m => CSharpType(m.Type, 0) + " " + m.Name))).Append(")\n{\n");
        if (reader)
        {
            s.Append("    internal static ").Append(TypeName).Append(" __CocRead(System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.JsonElement> a) =>\n        new ").Append(TypeName).Append('(');
            s.Append(string.Join(", ", Members.Select(m => Read(m.Type, "a[\"" + JsonName(m.Name) + "\"]", 0)))).Append(");\n");
        }

        return s.Append("}\n").ToString();
    }

    private static string? CSharpType(string type, int depth)
    {
        if (depth > 100)
        {
            return null;
        }

        if (Scalars.TryGetValue(type, out var scalar))
        {
            return scalar.CSharp;
        }

        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            return CSharpType(type.Substring(0, type.Length - 2), depth + 1) is { } element ? element + "[]" : null;
        }

        if (Inner(type, "list<") is { } listed)
        {
            return CSharpType(listed, depth + 1) is { } element ? "System.Collections.Generic.List<" + element + ">" : null;
        }

        return Inner(type, "map<") is { } mapped && CSharpType(mapped, depth + 1) is { } value
            ? "System.Collections.Generic.Dictionary<string, " + value + ">"
            : null;
    }

    private static string Read(string type, string json, int depth)
    {
        string item = "x" + depth.ToString(CultureInfo.InvariantCulture);
        if (Scalars.TryGetValue(type, out var scalar))
        {
            return json + "." + scalar.Getter;
        }

        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            return "System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(" + json + ".EnumerateArray(), " + item + " => " + Read(type.Substring(0, type.Length - 2), item, depth + 1) + "))";
        }

        if (Inner(type, "list<") is { } listed)
        {
            return "System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(" + json + ".EnumerateArray(), " + item + " => " + Read(listed, item, depth + 1) + "))";
        }

        return "System.Linq.Enumerable.ToDictionary(" + json + ".EnumerateObject(), " + item + " => " + item + ".Name, " + item + " => " + Read(Inner(type, "map<")!, item + ".Value", depth + 1) + ", System.StringComparer.Ordinal)";
    }

    private static string? Inner(string type, string prefix) =>
        type.StartsWith(prefix, StringComparison.Ordinal) && type.EndsWith(">", StringComparison.Ordinal) ? type.Substring(prefix.Length, type.Length - prefix.Length - 1) : null;

    private static bool IsName(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !name.StartsWith(ScriptDialect.ReservedPrefix, StringComparison.OrdinalIgnoreCase);
}

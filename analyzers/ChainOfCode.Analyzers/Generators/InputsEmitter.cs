using System.Globalization;
using System.Linq;
using System.Text;

namespace ChainOfCode.Analyzers.Generators;

/// <summary>
/// Writes the members the script-inputs generator adds to a [ScriptInputs] type: <c>Validate</c>, <c>WriteTo</c>,
/// <c>ToJson</c>, <c>ReadFrom</c>, <c>FromJson</c> and, with the runtime, <c>ToRunOptions</c>. No reflection:
/// every member is read and written by name with System.Text.Json's reader and writer.
/// </summary>
internal static class InputsEmitter
{
    /// <summary>The runtime's defaults where a member declares no limit.</summary>
    public const int DefaultMaxItems = 10_000;

    public const int DefaultMaxChars = 100_000;

    private const string Json = "global::System.Text.Json.";
    private const string Linq = "global::System.Linq.Enumerable.";

    public static string Emit(InputsModel model, bool referencesRuntime)
    {
        var s = new StringBuilder(GeneratedSource.Header);
        string indent = string.Empty;
        if (model.Namespace is { } ns)
        {
            s.Append("namespace ").Append(ns).Append("\n{\n");
            indent = "    ";
        }

        string name = model.Name;
        s.Append(indent).Append("partial ").Append(model.DeclarationKeyword).Append(' ').Append(name).Append('\n').Append(indent).Append("{\n");
        string i1 = indent + "    ";
        string i2 = i1 + "    ";

        s.Append(i1).Append("/// <summary>The inputs' shape for the gate (RunOptions.ArgsShape): the script reads <c>Args.").Append(model.Members.Items.IsEmpty ? "X" : model.Members.Items[0].Name).Append("</c>.</summary>\n");
        s.Append(i1).Append("public const string ScriptShape = ").Append(GeneratedSource.Literal(Shape(model))).Append(";\n\n");
        s.Append(i1).Append("/// <summary>What is wrong with these inputs (declared limits, else 10,000 items, 100,000 characters, finite numbers); empty when they are valid.</summary>\n");
        s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
        s.Append(i1).Append("public global::System.Collections.Generic.IReadOnlyList<string> Validate()\n").Append(i1).Append("{\n");
        s.Append(i2).Append("var problems = new global::System.Collections.Generic.List<string>();\n");
        foreach (InputMember member in model.Members)
        {
            Check(s, i2, member.Type, member.Name, member.JsonName, member, 0);
        }

        s.Append(i2).Append("return problems;\n").Append(i1).Append("}\n\n");

        s.Append(i1).Append("/// <summary>Writes these inputs as a JSON object, one property per member.</summary>\n");
        s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
        s.Append(i1).Append("public void WriteTo(").Append(Json).Append("Utf8JsonWriter writer)\n").Append(i1).Append("{\n");
        s.Append(i2).Append("writer.WriteStartObject();\n");
        foreach (InputMember member in model.Members)
        {
            s.Append(i2).Append("writer.WritePropertyName(").Append(GeneratedSource.Literal(member.JsonName)).Append(");\n");
            Write(s, i2, member.Type, member.Name, 0);
        }

        s.Append(i2).Append("writer.WriteEndObject();\n").Append(i1).Append("}\n\n");

        s.Append(i1).Append("/// <summary>The inputs as JSON (what a script's Args receive); throws ArgumentException when <see cref=\"Validate\"/> finds a problem.</summary>\n");
        s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
        s.Append(i1).Append("public string ToJson()\n").Append(i1).Append("{\n");
        s.Append(i2).Append("global::System.Collections.Generic.IReadOnlyList<string> problems = Validate();\n");
        s.Append(i2).Append("if (problems.Count > 0)\n").Append(i2).Append("{\n").Append(i2).Append("    throw new global::System.ArgumentException(string.Join(\" \", problems));\n").Append(i2).Append("}\n\n");
        s.Append(i2).Append("var buffer = new global::System.IO.MemoryStream();\n");
        s.Append(i2).Append("using (var writer = new ").Append(Json).Append("Utf8JsonWriter(buffer))\n").Append(i2).Append("{\n").Append(i2).Append("    WriteTo(writer);\n").Append(i2).Append("}\n\n");
        s.Append(i2).Append("return global::System.Text.Encoding.UTF8.GetString(buffer.ToArray());\n").Append(i1).Append("}\n\n");

        s.Append(i1).Append("/// <summary>Reads inputs from a JSON object; throws FormatException when a member is missing, has the wrong kind, or breaks a limit.</summary>\n");
        s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
        s.Append(i1).Append("public static ").Append(name).Append(" ReadFrom(").Append(Json).Append("JsonElement json)\n").Append(i1).Append("{\n");
        s.Append(i2).Append("if (json.ValueKind != ").Append(Json).Append("JsonValueKind.Object)\n").Append(i2).Append("{\n");
        s.Append(i2).Append("    throw new global::System.FormatException(\"The inputs must be a JSON object.\");\n").Append(i2).Append("}\n\n");
        s.Append(i2).Append(name).Append(" result;\n").Append(i2).Append("try\n").Append(i2).Append("{\n");
        s.Append(i2).Append("    result = new ").Append(name);
        if (model.UsesConstructor)
        {
            s.Append('(').Append(string.Join(", ", model.Members.Select(m => Read(m.Type, "__ChainOfCodeMember(json, " + GeneratedSource.Literal(m.JsonName) + ")", 0)))).Append(");\n");
        }
        else
        {
            s.Append("\n").Append(i2).Append("    {\n");
            foreach (InputMember member in model.Members)
            {
                s.Append(i2).Append("        ").Append(member.Name).Append(" = ").Append(Read(member.Type, "__ChainOfCodeMember(json, " + GeneratedSource.Literal(member.JsonName) + ")", 0)).Append(",\n");
            }

            s.Append(i2).Append("    };\n");
        }

        s.Append(i2).Append("}\n").Append(i2).Append("catch (global::System.InvalidOperationException exception)\n").Append(i2).Append("{\n");
        s.Append(i2).Append("    throw new global::System.FormatException(exception.Message, exception);\n").Append(i2).Append("}\n\n");
        s.Append(i2).Append("global::System.Collections.Generic.IReadOnlyList<string> problems = result.Validate();\n");
        s.Append(i2).Append("return problems.Count == 0 ? result : throw new global::System.FormatException(string.Join(\" \", problems));\n").Append(i1).Append("}\n\n");

        s.Append(i1).Append("/// <summary>Reads inputs from JSON text (at most 100 levels deep).</summary>\n");
        s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
        s.Append(i1).Append("public static ").Append(name).Append(" FromJson(string json)\n").Append(i1).Append("{\n");
        s.Append(i2).Append("using ").Append(Json).Append("JsonDocument document = ").Append(Json).Append("JsonDocument.Parse(json, new ").Append(Json).Append("JsonDocumentOptions { MaxDepth = ").Append(InputsAnalysis.MaxNesting.ToString(CultureInfo.InvariantCulture)).Append(" });\n");
        s.Append(i2).Append("return ReadFrom(document.RootElement);\n").Append(i1).Append("}\n");

        if (referencesRuntime)
        {
            s.Append('\n').Append(i1).Append("/// <summary>Run options whose Args are these inputs (validated).</summary>\n");
            s.Append(i1).Append(GeneratedSource.GeneratedCode).Append('\n');
            s.Append(i1).Append("public global::ChainOfCode.Runtime.RunOptions ToRunOptions(global::ChainOfCode.Runtime.RunOptions? options = null) =>\n");
            s.Append(i2).Append("(options ?? global::ChainOfCode.Runtime.RunOptions.Default) with { ArgsJson = ToJson(), ArgsShape = ScriptShape };\n");
        }

        s.Append('\n').Append(i1).Append("private static ").Append(Json).Append("JsonElement __ChainOfCodeMember(").Append(Json).Append("JsonElement json, string name) =>\n");
        s.Append(i2).Append("json.TryGetProperty(name, out ").Append(Json).Append("JsonElement value) ? value : throw new global::System.FormatException(\"'\" + name + \"' is missing.\");\n");
        s.Append(indent).Append("}\n");
        if (model.Namespace is not null)
        {
            s.Append("}\n");
        }

        return s.ToString();
    }

    /// <summary>The description ArgsShape reads: <c>Name|Member:type;...</c>.</summary>
    internal static string Shape(InputsModel model) =>
        model.Name + "|" + string.Join(";", model.Members.Select(m => m.Name + ":" + ShapeType(m.Type)));

    private static string ShapeType(InputType type) => type.Kind switch
    {
        InputKind.Array => ShapeType(type.Element!) + "[]",
        InputKind.List => "list<" + ShapeType(type.Element!) + ">",
        InputKind.Dictionary => "map<" + ShapeType(type.Element!) + ">",
        _ => type.TypeName,
    };

    private static void Check(StringBuilder s, string indent, InputType type, string value, string path, InputMember? declared, int depth)
    {
        string label = GeneratedSource.Literal(path);
        long? min = declared?.MinLength;
        switch (type.Kind)
        {
            case InputKind.String:
                long maxChars = declared?.MaxLength ?? DefaultMaxChars;
                s.Append(indent).Append("if (").Append(value).Append(" is null) problems.Add(").Append(label).Append(" + \" is required.\");\n");
                s.Append(indent).Append("else if (").Append(value).Append(".Length > ").Append(maxChars).Append(") problems.Add(").Append(label).Append(" + \" has more than ").Append(maxChars).Append(" characters.\");\n");
                if (min is { } least)
                {
                    s.Append(indent).Append("else if (").Append(value).Append(".Length < ").Append(least).Append(") problems.Add(").Append(label).Append(" + \" has fewer than ").Append(least).Append(" characters.\");\n");
                }

                return;
            case InputKind.Boolean:
                return;
            case InputKind.Integer or InputKind.Floating or InputKind.Decimal:
                if (type.Kind == InputKind.Floating)
                {
                    s.Append(indent).Append("if (double.IsNaN(").Append(value).Append(") || double.IsInfinity(").Append(value).Append(")) problems.Add(").Append(label).Append(" + \" must be a finite number.\");\n");
                }

                if (declared is { MinNumber: { } low, MaxNumber: { } high })
                {
                    s.Append(indent).Append("if ((double)").Append(value).Append(" < (double)").Append(low).Append(" || (double)").Append(value).Append(" > (double)").Append(high)
                        .Append(") problems.Add(").Append(label).Append(" + \" must be between ").Append(low.TrimEnd('L', 'd')).Append(" and ").Append(high.TrimEnd('L', 'd')).Append(".\");\n");
                }

                return;
        }

        long maxItems = declared?.MaxLength ?? DefaultMaxItems;
        string count = type.Kind == InputKind.Array ? value + ".Length" : type.Kind == InputKind.Dictionary ? Linq + "Count(" + value + ")" : Linq + "Count(" + value + ")";
        string item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        s.Append(indent).Append("if (").Append(value).Append(" is null) problems.Add(").Append(label).Append(" + \" is required.\");\n");
        s.Append(indent).Append("else if (").Append(count).Append(" > ").Append(maxItems).Append(") problems.Add(").Append(label).Append(" + \" has more than ").Append(maxItems).Append(" items.\");\n");
        s.Append(indent).Append("else\n").Append(indent).Append("{\n");
        if (min is { } fewest)
        {
            s.Append(indent).Append("    if (").Append(count).Append(" < ").Append(fewest).Append(") problems.Add(").Append(label).Append(" + \" has fewer than ").Append(fewest).Append(" items.\");\n");
        }

        s.Append(indent).Append("    foreach (var ").Append(item).Append(" in ").Append(value).Append(")\n").Append(indent).Append("    {\n");
        string element = type.Kind == InputKind.Dictionary ? item + ".Value" : item;
        Check(s, indent + "        ", type.Element!, element, path + "[]", null, depth + 1);
        s.Append(indent).Append("    }\n").Append(indent).Append("}\n");
    }

    private static void Write(StringBuilder s, string indent, InputType type, string value, int depth)
    {
        string item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case InputKind.String:
                s.Append(indent).Append("writer.WriteStringValue(").Append(value).Append(");\n");
                return;
            case InputKind.Boolean:
                s.Append(indent).Append("writer.WriteBooleanValue(").Append(value).Append(");\n");
                return;
            case InputKind.Integer or InputKind.Floating or InputKind.Decimal:
                s.Append(indent).Append("writer.WriteNumberValue(").Append(value).Append(");\n");
                return;
            case InputKind.Dictionary:
                s.Append(indent).Append("writer.WriteStartObject();\n");
                s.Append(indent).Append("foreach (var ").Append(item).Append(" in ").Append(value).Append(")\n").Append(indent).Append("{\n");
                s.Append(indent).Append("    writer.WritePropertyName(").Append(item).Append(".Key);\n");
                Write(s, indent + "    ", type.Element!, item + ".Value", depth + 1);
                s.Append(indent).Append("}\n").Append(indent).Append("writer.WriteEndObject();\n");
                return;
            default:
                s.Append(indent).Append("writer.WriteStartArray();\n");
                s.Append(indent).Append("foreach (var ").Append(item).Append(" in ").Append(value).Append(")\n").Append(indent).Append("{\n");
                Write(s, indent + "    ", type.Element!, item, depth + 1);
                s.Append(indent).Append("}\n").Append(indent).Append("writer.WriteEndArray();\n");
                return;
        }
    }

    private static string NumberGetter(string keyword) => keyword switch
    {
        "byte" => "Byte",
        "sbyte" => "SByte",
        "short" => "Int16",
        "ushort" => "UInt16",
        "int" => "Int32",
        "uint" => "UInt32",
        "long" => "Int64",
        "ulong" => "UInt64",
        "float" => "Single",
        "double" => "Double",
        _ => "Decimal",
    };

    private static string Read(InputType type, string json, int depth)
    {
        string item = "item" + depth.ToString(CultureInfo.InvariantCulture);
        return type.Kind switch
        {
            InputKind.String => json + ".GetString()!",
            InputKind.Boolean => json + ".GetBoolean()",
            InputKind.Integer or InputKind.Floating or InputKind.Decimal => json + ".Get" + NumberGetter(type.TypeName) + "()",
            InputKind.Array => Linq + "ToArray(" + Linq + "Select(" + json + ".EnumerateArray(), " + item + " => " + Read(type.Element!, item, depth + 1) + "))",
            InputKind.List => Linq + "ToList(" + Linq + "Select(" + json + ".EnumerateArray(), " + item + " => " + Read(type.Element!, item, depth + 1) + "))",
            _ => Linq + "ToDictionary(" + json + ".EnumerateObject(), " + item + " => " + item + ".Name, " + item + " => " + Read(type.Element!, item + ".Value", depth + 1) + ", global::System.StringComparer.Ordinal)",
        };
    }
}

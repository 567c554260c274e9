using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainOfCode.Cli;

/// <summary>Writes JSON to a <see cref="TextWriter"/> (the commands' output is text, the writer is UTF-8).</summary>
internal static class JsonText
{
    /// <summary>The runtime's wire form, without \u0027-style escapes: the output is for terminals and pipelines, not HTML.</summary>
    private static readonly JsonSerializerOptions ReadableOptions = new(ChainOfCode.Runtime.ScriptJson.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A result (<c>ScriptResult</c>, <c>ChainResult</c>) in the wire form, readable.</summary>
    public static string Readable<T>(T value) => JsonSerializer.Serialize(value, ReadableOptions);

    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}

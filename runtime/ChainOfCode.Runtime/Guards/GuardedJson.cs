using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChainOfCode.Runtime;

/// <summary>
/// A run's JSON serializer: the script's calls of <c>JsonSerializer.Serialize</c> and <c>SerializeToUtf8Bytes</c>
/// that return the text are rewritten to this object's overloads of the same shape, and <c>node.ToJsonString(o)</c>
/// to <c>ToJsonString(node, o)</c>. The serializer walks an object
/// graph in one library call, with no checkpoint, and its output is not bounded by its input: a string referenced
/// many times is written every time, a graph of shared objects is written once per path through it, and an
/// indented document writes its depth's indentation before every value. Here the same serializer writes into a
/// buffer that checks the allocation budget before it grows (the buffer and the text it becomes), so the run stops
/// with <c>memory_limit</c> inside the call, before the host's memory goes.
/// </summary>
#pragma warning disable RS0026 // the overloads mirror JsonSerializer's, optional parameters included, so a call binds to the same one
public sealed class GuardedJson
{
    private readonly ScriptGuard guard;

    internal GuardedJson(ScriptGuard guard) => this.guard = guard;

    /// <summary>As <see cref="JsonSerializer.Serialize{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public string Serialize<TValue>(TValue value, JsonSerializerOptions? options = null) =>
        Text(options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.Serialize(object?, Type, JsonSerializerOptions?)"/>.</summary>
    public string Serialize(object? value, Type inputType, JsonSerializerOptions? options = null) =>
        Text(options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.Serialize{TValue}(TValue, JsonTypeInfo{TValue})"/>.</summary>
    public string Serialize<TValue>(TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        Text(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.Serialize(object?, JsonTypeInfo)"/>.</summary>
    public string Serialize(object? value, JsonTypeInfo jsonTypeInfo) =>
        Text(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.Serialize(object?, Type, JsonSerializerContext)"/>.</summary>
    public string Serialize(object? value, Type inputType, JsonSerializerContext context) =>
        Text(context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public byte[] SerializeToUtf8Bytes<TValue>(TValue value, JsonSerializerOptions? options = null) =>
        Bytes(options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToUtf8Bytes(object?, Type, JsonSerializerOptions?)"/>.</summary>
    public byte[] SerializeToUtf8Bytes(object? value, Type inputType, JsonSerializerOptions? options = null) =>
        Bytes(options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonTypeInfo{TValue})"/>.</summary>
    public byte[] SerializeToUtf8Bytes<TValue>(TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        Bytes(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToUtf8Bytes(object?, JsonTypeInfo)"/>.</summary>
    public byte[] SerializeToUtf8Bytes(object? value, JsonTypeInfo jsonTypeInfo) =>
        Bytes(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToUtf8Bytes(object?, Type, JsonSerializerContext)"/>.</summary>
    public byte[] SerializeToUtf8Bytes(object? value, Type inputType, JsonSerializerContext context) =>
        Bytes(context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonSerializer.Serialize{TValue}(Stream, TValue, JsonSerializerOptions?)"/>.</summary>
    public void Serialize<TValue>(Stream utf8Json, TValue value, JsonSerializerOptions? options = null) =>
        IntoStream(utf8Json, options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.Serialize(Stream, object?, Type, JsonSerializerOptions?)"/>.</summary>
    public void Serialize(Stream utf8Json, object? value, Type inputType, JsonSerializerOptions? options = null) =>
        IntoStream(utf8Json, options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.Serialize{TValue}(Stream, TValue, JsonTypeInfo{TValue})"/>.</summary>
    public void Serialize<TValue>(Stream utf8Json, TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        IntoStream(utf8Json, jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.Serialize(Stream, object?, JsonTypeInfo)"/>.</summary>
    public void Serialize(Stream utf8Json, object? value, JsonTypeInfo jsonTypeInfo) =>
        IntoStream(utf8Json, jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.Serialize(Stream, object?, Type, JsonSerializerContext)"/>.</summary>
    public void Serialize(Stream utf8Json, object? value, Type inputType, JsonSerializerContext context) =>
        IntoStream(utf8Json, context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonSerializer.SerializeToNode{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public JsonNode? SerializeToNode<TValue>(TValue value, JsonSerializerOptions? options = null) =>
        Node(options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToNode(object?, Type, JsonSerializerOptions?)"/>.</summary>
    public JsonNode? SerializeToNode(object? value, Type inputType, JsonSerializerOptions? options = null) =>
        Node(options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToNode{TValue}(TValue, JsonTypeInfo{TValue})"/>.</summary>
    public JsonNode? SerializeToNode<TValue>(TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        Node(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToNode(object?, JsonTypeInfo)"/>.</summary>
    public JsonNode? SerializeToNode(object? value, JsonTypeInfo jsonTypeInfo) =>
        Node(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToNode(object?, Type, JsonSerializerContext)"/>.</summary>
    public JsonNode? SerializeToNode(object? value, Type inputType, JsonSerializerContext context) =>
        Node(context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonSerializer.SerializeToElement{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public JsonElement SerializeToElement<TValue>(TValue value, JsonSerializerOptions? options = null) =>
        Element(options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToElement(object?, Type, JsonSerializerOptions?)"/>.</summary>
    public JsonElement SerializeToElement(object? value, Type inputType, JsonSerializerOptions? options = null) =>
        Element(options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToElement{TValue}(TValue, JsonTypeInfo{TValue})"/>.</summary>
    public JsonElement SerializeToElement<TValue>(TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        Element(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToElement(object?, JsonTypeInfo)"/>.</summary>
    public JsonElement SerializeToElement(object? value, JsonTypeInfo jsonTypeInfo) =>
        Element(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToElement(object?, Type, JsonSerializerContext)"/>.</summary>
    public JsonElement SerializeToElement(object? value, Type inputType, JsonSerializerContext context) =>
        Element(context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonSerializer.SerializeToDocument{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public JsonDocument SerializeToDocument<TValue>(TValue value, JsonSerializerOptions? options = null) =>
        Document(options, w => JsonSerializer.Serialize(w, value, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToDocument(object?, Type, JsonSerializerOptions?)"/>.</summary>
    public JsonDocument SerializeToDocument(object? value, Type inputType, JsonSerializerOptions? options = null) =>
        Document(options, w => JsonSerializer.Serialize(w, value, inputType, options));

    /// <summary>As <see cref="JsonSerializer.SerializeToDocument{TValue}(TValue, JsonTypeInfo{TValue})"/>.</summary>
    public JsonDocument SerializeToDocument<TValue>(TValue value, JsonTypeInfo<TValue> jsonTypeInfo) =>
        Document(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToDocument(object?, JsonTypeInfo)"/>.</summary>
    public JsonDocument SerializeToDocument(object? value, JsonTypeInfo jsonTypeInfo) =>
        Document(jsonTypeInfo?.Options, w => JsonSerializer.Serialize(w, value, jsonTypeInfo!));

    /// <summary>As <see cref="JsonSerializer.SerializeToDocument(object?, Type, JsonSerializerContext)"/>.</summary>
    public JsonDocument SerializeToDocument(object? value, Type inputType, JsonSerializerContext context) =>
        Document(context?.Options, w => JsonSerializer.Serialize(w, value, inputType, context!));

    /// <summary>As <see cref="JsonNode.ToJsonString(JsonSerializerOptions?)"/> of <paramref name="node"/> (the call <c>node.ToJsonString(options)</c> is rewritten to this one).</summary>
    public string ToJsonString(JsonNode node, JsonSerializerOptions? options = null) =>
        Text(options, w => node.WriteTo(w, options));

    /// <summary>
    /// As <see cref="JsonNode.ToString"/> of <paramref name="node"/> (the call <c>node.ToString()</c> on a receiver typed
    /// as a node is rewritten to this one): a value that holds a string gives the string; any other node writes itself
    /// indented, first into the run's budgeted buffer (with the writer <c>ToString</c> makes), and only when that fits
    /// does the node's own <c>ToString</c> run, so the text is the library's.
    /// </summary>
    public string NodeText(JsonNode node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out _))
        {
            Write(options: null, w => node.WriteTo(w), bytesPerByte: 3, new JsonWriterOptions { Indented = true, SkipValidation = true });
        }

        return node.ToString();
    }

    /// <summary>The method group <c>node.ToJsonString</c> (rewritten to <c>ToJsonStringMethod(node).Invoke</c>): <see cref="ToJsonString"/> of the node.</summary>
    public Func<JsonSerializerOptions?, string> ToJsonStringMethod(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return options => ToJsonString(node, options);
    }

    /// <summary>The method group <c>node.ToString</c> (rewritten to <c>NodeTextMethod(node).Invoke</c>): <see cref="NodeText"/> of the node.</summary>
    public Func<string> NodeTextMethod(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return () => NodeText(node);
    }

    /// <summary>A node's text in an interpolation or a concatenation (<c>$"{node}"</c>, <c>"a" + node</c>): <see cref="NodeText"/>, null for null.</summary>
    public string? NodeTextOf(JsonNode? node) => node is null ? null : NodeText(node);

    /// <summary>
    /// The destination of a <see cref="Utf8JsonWriter"/> the script makes over a stream (<c>new Utf8JsonWriter(stream, o)</c>
    /// is rewritten to <c>new Utf8JsonWriter(__cocRun.Json.Sink(stream), o)</c>): every library call that writes into the
    /// writer (the serializer, <c>JsonNode.WriteTo</c>, <c>JsonElement.WriteTo</c>, a converter's <c>Write</c>) asks it
    /// for room as it goes, and each time the run's time and allocation budget are checked, the written bytes pass to the
    /// stream and the growth of a <see cref="MemoryStream"/> is checked before it happens. The stream receives the bytes
    /// as the writer's buffer fills, not only at <c>Flush</c>.
    /// </summary>
    public IBufferWriter<byte> Sink(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(utf8Json));
        }

        return new StreamSink(guard, utf8Json);
    }

    private string Text(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        BudgetedBuffer buffer = Write(options, serialize, bytesPerByte: 3);
        return Encoding.UTF8.GetString(buffer.Written);
    }

    private byte[] Bytes(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize) =>
        Write(options, serialize, bytesPerByte: 2).Written.ToArray();

    // SerializeToNode, SerializeToElement and SerializeToDocument: as the serializer does, the text parsed with the
    // options' node and document settings (JsonSerializerOptions.GetNodeOptions and GetDocumentOptions).
    private JsonNode? Node(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        options ??= JsonSerializerOptions.Default;
        return JsonNode.Parse(Write(options, serialize, bytesPerByte: 2).Written, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive }, DocumentOptions(options));
    }

    private JsonElement Element(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        options ??= JsonSerializerOptions.Default;
        return JsonElement.Parse(Write(options, serialize, bytesPerByte: 2).Written, DocumentOptions(options));
    }

    private JsonDocument Document(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        options ??= JsonSerializerOptions.Default;
        return JsonDocument.Parse(Write(options, serialize, bytesPerByte: 2).Written.ToArray(), DocumentOptions(options));
    }

    private static JsonDocumentOptions DocumentOptions(JsonSerializerOptions options) => new()
    {
        AllowTrailingCommas = options.AllowTrailingCommas,
        CommentHandling = options.ReadCommentHandling,
        MaxDepth = options.MaxDepth,
        AllowDuplicateProperties = options.AllowDuplicateProperties,
    };

    // Serialize into a stream: the serializer's writer over the stream's sink, flushed at the end as the serializer does.
    private void IntoStream(Stream utf8Json, JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        using var writer = new Utf8JsonWriter(Sink(utf8Json), WriterOptions(options ?? JsonSerializerOptions.Default));
        serialize(writer);
    }

    // The buffer grows by doubling; before each growth the new buffer and what the result will cost (the text's two
    // bytes a character, or the array's copy) must fit the budget.
    private BudgetedBuffer Write(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize, int bytesPerByte, JsonWriterOptions? writerOptions = null)
    {
        var buffer = new BudgetedBuffer(guard, bytesPerByte);
        using (var writer = new Utf8JsonWriter(buffer, writerOptions ?? WriterOptions(options ?? JsonSerializerOptions.Default)))
        {
            serialize(writer);
        }

        return buffer;
    }

    // What the serializer's own writer takes from the options (JsonSerializerOptions.GetWriterOptions).
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        NewLine = options.NewLine,
        SkipValidation = true,
    };

    private sealed class StreamSink(ScriptGuard guard, Stream stream) : IBufferWriter<byte>
    {
        private const int Chunk = 16 * 1024;

        private byte[] data = [];

        public void Advance(int bytes)
        {
            // A MemoryStream grows to twice its capacity (or what it needs): that allocation is checked before it happens.
            if (stream is MemoryStream memory && memory.Position + bytes > memory.Capacity)
            {
                guard.CheckBytes(Math.Max(memory.Position + bytes, 2L * memory.Capacity));
            }

            stream.Write(data, 0, bytes);
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint);

        // Each request for room is a checkpoint of the run (its deadline) and a check of its allocation budget.
        private byte[] Room(int sizeHint)
        {
            guard.Checkpoint();
            long size = Math.Max(sizeHint, Chunk);
            guard.CheckBytes(size);
            if (data.Length < size)
            {
                data = new byte[size];
            }

            return data;
        }
    }

    private sealed class BudgetedBuffer(ScriptGuard guard, int bytesPerByte) : IBufferWriter<byte>
    {
        private byte[] data = [];
        private int count;

        public ReadOnlySpan<byte> Written => data.AsSpan(0, count);

        public void Advance(int bytes) => count += bytes;

        public Memory<byte> GetMemory(int sizeHint = 0) => Grow(sizeHint).AsMemory(count);

        public Span<byte> GetSpan(int sizeHint = 0) => Grow(sizeHint).AsSpan(count);

        private byte[] Grow(int sizeHint)
        {
            long needed = (long)count + Math.Max(sizeHint, 256);
            if (needed <= data.Length)
            {
                return data;
            }

            long size = Math.Max(needed, Math.Min((long)data.Length * 2, Array.MaxLength));
            guard.CheckBytes(size * bytesPerByte);
            if (size > Array.MaxLength)
            {
                throw new OutOfMemoryException();
            }

            Array.Resize(ref data, (int)size);
            return data;
        }
    }
}
#pragma warning restore RS0026

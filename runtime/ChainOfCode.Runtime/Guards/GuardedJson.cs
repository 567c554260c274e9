using System;
using System.Buffers;
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

    /// <summary>As <see cref="JsonNode.ToJsonString(JsonSerializerOptions?)"/> of <paramref name="node"/> (the call <c>node.ToJsonString(options)</c> is rewritten to this one).</summary>
    public string ToJsonString(JsonNode node, JsonSerializerOptions? options = null) =>
        Text(options, w => node.WriteTo(w, options));

    private string Text(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize)
    {
        BudgetedBuffer buffer = Write(options, serialize, bytesPerByte: 3);
        return Encoding.UTF8.GetString(buffer.Written);
    }

    private byte[] Bytes(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize) =>
        Write(options, serialize, bytesPerByte: 2).Written.ToArray();

    // The buffer grows by doubling; before each growth the new buffer and what the result will cost (the text's two
    // bytes a character, or the array's copy) must fit the budget.
    private BudgetedBuffer Write(JsonSerializerOptions? options, Action<Utf8JsonWriter> serialize, int bytesPerByte)
    {
        options ??= JsonSerializerOptions.Default;
        var buffer = new BudgetedBuffer(guard, bytesPerByte);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            // What the serializer's own writer takes from the options (JsonSerializerOptions.GetWriterOptions).
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
            NewLine = options.NewLine,
            SkipValidation = true,
        }))
        {
            serialize(writer);
        }

        return buffer;
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

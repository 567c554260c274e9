using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The emulator over any <see cref="IChatClient"/> (Microsoft.Extensions.AI): builds the prompt
/// (<see cref="EmulationPrompt"/>), asks the model for a JSON object, and hands back the reply as JSON
/// text: for a call the <c>"value"</c> of the object, for a statement the object of variable values.
/// The runner parses that strictly and asks again, with the reason, when it is malformed; the model's
/// text is never compiled or executed.
/// </summary>
public sealed class ChatClientEmulator : IEmulator
{
    private readonly IChatClient client;
    private readonly ChatOptions? options;

    /// <summary>Wraps a chat client; <paramref name="options"/> (model, temperature, ...) are passed on each request, with a JSON response format unless they set one.</summary>
    public ChatClientEmulator(IChatClient client, ChatOptions? options = null)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.options = options;
    }

    /// <inheritdoc />
    public async Task<string> EmulateAsync(EmulationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, EmulationPrompt.Instructions),
            new(ChatRole.User, EmulationPrompt.Build(request)),
        };
        ChatOptions chatOptions = options?.Clone() ?? new ChatOptions();
        chatOptions.ResponseFormat ??= ChatResponseFormat.Json;

        ChatResponse response;
        try
        {
            response = await client.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new EmulatorException("The model could not be reached: " + e.GetType().Name + ": " + e.Message, e);
        }

        return Unwrap(response.Text ?? string.Empty, request.Kind);
    }

    /// <summary>
    /// The JSON the runner parses: the text without a Markdown code fence, and for a call the
    /// <c>"value"</c> of a <c>{"value": ...}</c> object. Anything else is passed on as it is, for the
    /// strict parser to refuse with a reason.
    /// </summary>
    internal static string Unwrap(string reply, EmulationKind kind)
    {
        string text = reply.Trim();
        if (text.StartsWith("```", StringComparison.Ordinal) && text.EndsWith("```", StringComparison.Ordinal) && text.Length >= 6)
        {
            int firstLine = text.IndexOf('\n', StringComparison.Ordinal);
            text = firstLine < 0 ? text[3..^3].Trim() : text[(firstLine + 1)..^3].Trim();
            if (firstLine < 0 && text.StartsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                text = text[4..].Trim();
            }
        }

        if (kind != EmulationKind.Call)
        {
            return text;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out JsonElement value))
            {
                int count = 0;
                foreach (JsonProperty _ in root.EnumerateObject())
                {
                    count++;
                }

                if (count == 1)
                {
                    return value.GetRawText();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the strict parser says why.
        }

        return text;
    }
}

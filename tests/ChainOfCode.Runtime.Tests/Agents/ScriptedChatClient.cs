using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Tests.Agents;

/// <summary>
/// A model without a network: its first answer calls one tool with the given arguments, its second answer repeats
/// what the tool returned. Driven through FunctionInvokingChatClient, it is the agent loop of a real app.
/// </summary>
internal sealed class ScriptedChatClient(string tool, Dictionary<string, object?> arguments) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        FunctionResultContent? answer = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault();
        ChatMessage reply = answer is null
            ? new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", tool, arguments)])
            : new ChatMessage(ChatRole.Assistant, "The tool answered: " + answer.Result);
        return Task.FromResult(new ChatResponse(reply));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The scripted model does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

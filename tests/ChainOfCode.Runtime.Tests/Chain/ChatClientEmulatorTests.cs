using System.Text.Json;
using ChainOfCode.Runtime.Chain;
using Microsoft.Extensions.AI;

namespace ChainOfCode.Runtime.Tests.Chain;

/// <summary>The IChatClient adapter: the prompt it builds and how it reads the model's reply.</summary>
public sealed class ChatClientEmulatorTests
{
    private static readonly EmulationRequest Call = new()
    {
        Kind = EmulationKind.Call,
        Question = "How many fruits do I have?",
        Program = "int count = 0;\nif (IsFruit(item)) { count++; }",
        Line = 2,
        Code = "if (IsFruit(item)) { count++; }",
        Function = "IsFruit",
        Arguments = [JsonSerializer.SerializeToElement("apple")],
        ReturnType = LiteralType.Bool,
        State = new Dictionary<string, JsonElement> { ["count"] = JsonSerializer.SerializeToElement(0) },
    };

    [Fact]
    public async Task The_prompt_holds_the_question_the_numbered_program_the_state_the_call_and_the_answer_shape()
    {
        var client = new RecordingChatClient("{\"value\": true}");

        await new ChatClientEmulator(client).EmulateAsync(Call, default);

        ChatMessage user = client.Messages!.Last();
        Assert.Equal(ChatRole.System, client.Messages!.First().Role);
        Assert.Contains("How many fruits do I have?", user.Text);
        Assert.Contains("2 | if (IsFruit(item)) { count++; }", user.Text);
        Assert.Contains("{\"count\": 0}", user.Text);
        Assert.Contains("IsFruit(\"apple\")", user.Text);
        Assert.Contains("true or false (C# type bool)", user.Text);
        Assert.Equal(ChatResponseFormat.Json, client.Options!.ResponseFormat);
    }

    [Fact]
    public async Task A_call_reply_is_the_value_of_the_value_object()
    {
        string reply = await new ChatClientEmulator(new RecordingChatClient("```json\n{\"value\": [\"a\", \"b\"]}\n```")).EmulateAsync(Call, default);

        Assert.Equal("[\"a\", \"b\"]", reply);
    }

    [Fact]
    public async Task A_statement_reply_is_the_object_of_variable_values()
    {
        var statement = Call with { Kind = EmulationKind.Statement, Function = null, Targets = new Dictionary<string, LiteralType> { ["n"] = LiteralType.Int } };

        string reply = await new ChatClientEmulator(new RecordingChatClient("{\"n\": 3}")).EmulateAsync(statement, default);

        Assert.Equal("{\"n\": 3}", reply);
    }

    [Fact]
    public async Task A_retry_tells_the_model_why_its_reply_was_refused()
    {
        var client = new RecordingChatClient("{\"value\": true}");

        await new ChatClientEmulator(client).EmulateAsync(Call with { Attempt = 2, PreviousError = "The value must be true or false, not the string \"yes\"." }, default);

        Assert.Contains("Your previous reply was refused: The value must be true or false", client.Messages!.Last().Text);
    }

    [Fact]
    public async Task A_failing_client_is_an_emulator_failure()
    {
        var client = new RecordingChatClient(new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<EmulatorException>(() => new ChatClientEmulator(client).EmulateAsync(Call, default));

        Assert.Contains("connection refused", error.Message);
    }

    private sealed class RecordingChatClient : IChatClient
    {
        private readonly string? reply;
        private readonly Exception? failure;

        public RecordingChatClient(string reply) => this.reply = reply;

        public RecordingChatClient(Exception failure) => this.failure = failure;

        public List<ChatMessage>? Messages { get; private set; }

        public ChatOptions? Options { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Messages = messages.ToList();
            Options = options;
            return failure is null ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply))) : Task.FromException<ChatResponse>(failure);
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

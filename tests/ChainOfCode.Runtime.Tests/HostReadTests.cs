using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The host reads script-controlled members (an exception's Message) only under a budget of its own: an exception
/// type whose members throw, loop, recurse or allocate ends the run <c>runtime_error</c>, and the host lives.
/// </summary>
public sealed class HostReadTests
{
    public static TheoryData<string> Cases => ContainmentCases.Names("host-reads");

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_exception_ends_the_run_and_the_host_survives(string name) =>
        InProcessChild.Outcome(name).AssertStatus(ContainmentCases.Named(name).Expected);

    [Fact]
    public async Task An_ordinary_custom_exception_keeps_its_message()
    {
        ScriptResult result = await Scripts.RunAsync("class NotFound(string what) : Exception($\"{what} was not found\"); throw new NotFound(\"the key\");");

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Equal("NotFound: the key was not found (line 1)", result.Error);
    }

    [Fact]
    public async Task An_exception_whose_message_throws_is_named_by_its_type()
    {
        ScriptResult result = await Scripts.RunAsync("class Evil : Exception { public override string Message => throw new Evil(); } throw new Evil();");

        Assert.Equal("Evil: (the exception's message could not be read) (line 1)", result.Error);
    }

    [Theory]
    [InlineData("throw new AggregateException(new InvalidOperationException(\"boom\"));", "AggregateException: InvalidOperationException: boom (line 1)")]
    [InlineData("throw new AggregateException(new AggregateException(new KeyNotFoundException(\"no key\")), new Exception(\"second\"));", "AggregateException: KeyNotFoundException: no key (line 1)")]
    [InlineData("throw new AggregateException(\"none inside\");", "AggregateException: none inside (line 1)")]
    [InlineData("throw new ArgumentOutOfRangeException(\"n\", 42, \"too big\");", "ArgumentOutOfRangeException: too big (Parameter 'n') Actual value was 42. (line 1)")]
    [InlineData("throw new ArgumentOutOfRangeException(\"n\", (1, 2), \"too big\");", "ArgumentOutOfRangeException: (the exception's message could not be read) (line 1)")]
    public async Task An_aggregate_names_the_first_error_it_wraps_and_a_value_the_library_prints_is_not_read(string code, string error)
    {
        ScriptResult result = await Scripts.RunAsync(code);

        Scripts.AssertStatus(ScriptStatus.RuntimeError, result);
        Assert.Equal(error, result.Error);
    }
}

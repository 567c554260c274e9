namespace ChainOfCode.Cli.Tests;

public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5000)]
    [InlineData("1m", 60000)]
    [InlineData("1.5s", 1500)]
    [InlineData("2S", 2000)]
    public void Durations(string text, double milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ValueParsers.ParseDuration(text, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("five seconds")]
    [InlineData("0s")]
    [InlineData("-1s")]
    [InlineData("5h")]
    [InlineData("")]
    [InlineData("99999999m")]
    public void Bad_durations(string text)
    {
        Assert.Null(ValueParsers.ParseDuration(text, out string? error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("64KB", 64L << 10)]
    [InlineData("64MB", 64L << 20)]
    [InlineData("1GB", 1L << 30)]
    [InlineData("100mb", 100L << 20)]
    public void Sizes(string text, long bytes)
    {
        Assert.Equal(bytes, ValueParsers.ParseSize(text, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5MB")]
    [InlineData("lots")]
    [InlineData("1TB")]
    [InlineData("1.5GB")]
    [InlineData("99999999999GB")]
    public void Bad_sizes(string text)
    {
        Assert.Null(ValueParsers.ParseSize(text, out string? error));
        Assert.NotNull(error);
    }
}

namespace ChainOfCode.Analyzers.Rules;

/// <summary>A bad policy line: COC0090 (does not parse), COC0091 (resolves to nothing), COC0092 (repeats another).</summary>
public sealed class PolicyProblem
{
    internal PolicyProblem(string ruleId, PolicySource source, string text, string message)
    {
        RuleId = ruleId;
        Source = source;
        Text = text;
        Message = message;
    }

    /// <summary>COC0090, COC0091 or COC0092.</summary>
    public string RuleId { get; }

    /// <summary>Where the line is.</summary>
    public PolicySource Source { get; }

    /// <summary>The line as written (trimmed).</summary>
    public string Text { get; }

    /// <summary>What is wrong, in one sentence.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Source + ": " + RuleId + ": " + Message;
}

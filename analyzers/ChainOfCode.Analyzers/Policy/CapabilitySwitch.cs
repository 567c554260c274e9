namespace ChainOfCode.Analyzers.Rules;

/// <summary>A <c>capability: COCnnnn on|off</c> line.</summary>
public sealed class CapabilitySwitch
{
    internal CapabilitySwitch(string ruleId, bool isEnabled, PolicySource source)
    {
        RuleId = ruleId;
        IsEnabled = isEnabled;
        Source = source;
    }

    /// <summary>The capability switched.</summary>
    public string RuleId { get; }

    /// <summary>On or off.</summary>
    public bool IsEnabled { get; }

    /// <summary>Where the line is.</summary>
    public PolicySource Source { get; }
}

using System.Collections.Immutable;
using ChainOfCode.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>The IDE asks for the policy on every compilation: same files, same checksums, same policy object.</summary>
public class PolicyFilesCacheTests
{
    private static AnalyzerOptions Options(string text) =>
        new(ImmutableArray.Create<AdditionalText>(new PolicyText("/cache-test/" + nameof(PolicyFilesCacheTests) + "/ChainOfCode.policy", text)));

    [Fact]
    public void The_same_files_give_the_same_policy_without_parsing_again()
    {
        Policy first = PolicyFiles.Load(Options("M:System.Guid.NewGuid"), CancellationToken.None);

        Assert.Same(first, PolicyFiles.Load(Options("M:System.Guid.NewGuid"), CancellationToken.None));
    }

    [Fact]
    public void An_edited_file_gives_a_new_policy()
    {
        Policy before = PolicyFiles.Load(Options("M:System.Guid.NewGuid"), CancellationToken.None);
        Policy after = PolicyFiles.Load(Options("M:System.Guid.NewGuid\nM:System.Math.Pow"), CancellationToken.None);

        Assert.NotSame(before, after);
        Assert.Equal(2, after.UserEntries.Length);
    }

    private sealed class PolicyText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, System.Text.Encoding.UTF8);
    }
}

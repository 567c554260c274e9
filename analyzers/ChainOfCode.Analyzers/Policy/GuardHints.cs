using System.Collections.Immutable;
using System.Linq;

namespace ChainOfCode.Analyzers.Rules;

/// <summary>
/// The <c>guard:</c> hints a catalog section can carry: what the runtime's guard rewrite does to a call of the
/// members the section lists, so that the rewrite reads the catalog instead of recognizing the API by name.
/// </summary>
public static class GuardHints
{
    /// <summary>A regular expression call without a match timeout gets the run's timeout as an argument.</summary>
    public const string RegexTimeout = "regex-timeout";

    /// <summary>Every known hint.</summary>
    public static readonly ImmutableHashSet<string> All = ImmutableHashSet.Create(RegexTimeout);

    /// <summary>
    /// True when <paramref name="documentationId"/> (a diagnostic's <c>Entry</c> property) is a line of a catalog
    /// section with <paramref name="hint"/>: what a code fix asks of the line that matched, instead of the API's name.
    /// </summary>
    public static bool Marks(string hint, string? documentationId)
    {
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            if (section.Guards.Contains(hint)
                && DefaultCatalog.Document.Entries.Any(e => e.RuleId == section.Id && !e.IsAllow && e.DocumentationId == documentationId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the members the catalog's sections with <paramref name="hint"/> list (M: lines), e.g. IsMatch.</summary>
    public static ImmutableHashSet<string> MemberNames(string hint, string containingType)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
        foreach (CapabilitySection section in DefaultCatalog.Document.Sections)
        {
            if (!section.Guards.Contains(hint))
            {
                continue;
            }

            foreach (PolicyEntry entry in DefaultCatalog.Document.Entries)
            {
                if (entry.RuleId == section.Id && entry.Kind == 'M' && !entry.IsAllow && entry.Shape.Container == containingType
                    && entry.Shape.Kind is EntryShapeKind.Member or EntryShapeKind.Signature && entry.Shape.Name != ".ctor")
                {
                    names.Add(entry.Shape.Name);
                }
            }
        }

        return names.ToImmutable();
    }
}

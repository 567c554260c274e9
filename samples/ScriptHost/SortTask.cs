using System.ComponentModel.DataAnnotations;
using ChainOfCode.Runtime;

namespace ScriptHost;

/// <summary>
/// What Scripts/word_sorting.csx receives, as the typed Args (Args.Words, Args.Limit). The package's generator adds
/// Validate (these limits), ToJson, FromJson without reflection and ToRunOptions; a member that would hand the script
/// a capability (a Stream, a delegate, ...) is a build error.
/// </summary>
[ScriptInputs]
internal sealed partial record SortTask([StringLength(1_000)] string Words, [Range(1, 100)] int Limit);

using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// The guarded emit beside the gate's analyzer passes (<see cref="OverlappedEmit"/>): whatever the order in which the two
/// finish, a refused script gets no image, the verdict is the one the gate gives alone, and a cancellation during the
/// overlap ends the compile as it did before. The offer hands the emit to the test, which decides when (or whether) it runs.
/// </summary>
public sealed class OverlappedEmitTests
{
    // Compiles, and the analyzers refuse it (the file system): what it would do if it were ever loaded and run.
    private static string MarkerAttack() =>
        Canaries.Fill($"System.IO.File.WriteAllText(\"{{marker}}\", System.IO.File.ReadAllText(\"{{private}}\")); return 1; // {Guid.NewGuid():N}");

    public static TheoryData<string> Verdicts => new()
    {
        "var words = \"a b a\".Split(' '); return words.Length;",
        "System.IO.File.ReadAllText(\"/etc/hostname\"); return 0;",
        "async void Later() { } return 1;",
        "var __cocGuard = 1; return __cocGuard;",
        "class C { ~C() { } } return 0;",
        "int x = \"not a number\"; return x;",
        "System.Diagnostics.Process.Start(\"sh\"); return 0;",
        "struct Big { public long A, B, C, D, E, F, G, H; } int F(int n) { Big b = default; return n <= 0 ? (int)b.A : F(n - 1); } return F(3);",
        "using System.Net.Http; var c = new HttpClient(); return 0;",
        "var total = 0; for (var i = 0; i < 10; i++) { total += i; } Console.WriteLine(total); return total;",
    };

    [Fact]
    public void A_refused_script_whose_emit_finished_first_gets_no_image()
    {
        string code = MarkerAttack();
        int emitted = 0;

        // The emit runs to its end inside the gate's hook: before the analyzer passes have started.
        CompiledScript compiled = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, emit => { emit(); emitted++; }, CancellationToken.None);

        Assert.Equal(1, emitted);
        Assert.Equal(GateVerdict.Rejected, compiled.Verdict.Verdict);
        Assert.True(compiled.Image is null && compiled.Symbols is null && compiled.ScriptClass is null && compiled.EmitError is null, "a refused script kept its emitted image");
        Assert.Equal(ScriptGate.Check(code).ToJson(), compiled.Verdict.ToJson());
        Canaries.AssertUntouched(nameof(A_refused_script_whose_emit_finished_first_gets_no_image), compiled.Verdict.ToJson());
    }

    [Fact]
    public async Task A_refused_script_run_with_the_overlap_is_refused_and_changes_nothing()
    {
        string code = MarkerAttack();
        var runner = new ScriptRunner();

        ScriptResult result = await runner.RunAsync(code, RunOptions.Default);

        Assert.Equal(ScriptStatus.Rejected, result.Status);
        Canaries.AssertUntouched(nameof(A_refused_script_run_with_the_overlap_is_refused_and_changes_nothing), result.ToJson());
    }

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void The_verdict_is_the_same_with_and_without_the_overlap(string code)
    {
        CompiledScript alone = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, offer: null, CancellationToken.None);
        CompiledScript emitFirst = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, emit => emit(), CancellationToken.None);
        CompiledScript onThread = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, ScriptPipeline.Offer, CancellationToken.None);
        CompiledScript takenBack = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, _ => { }, CancellationToken.None);

        foreach (CompiledScript overlapped in new[] { emitFirst, onThread, takenBack })
        {
            Assert.Equal(alone.Verdict.ToJson(), overlapped.Verdict.ToJson());
            Assert.Equal(alone.Image is null, overlapped.Image is null);
            Assert.Equal(alone.ScriptClass, overlapped.ScriptClass);
            Assert.Equal(alone.EmitError, overlapped.EmitError);
            Assert.Equal(alone.UsesSerializer, overlapped.UsesSerializer);
        }
    }

    [Fact]
    public void An_accepted_scripts_image_is_emitted_by_the_gates_thread_when_the_offered_thread_never_starts()
    {
        string code = $"var words = \"a b a\".Split(' '); return words.Length; // {Guid.NewGuid():N}";
        Action? offered = null;

        CompiledScript compiled = ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, emit => offered = emit, CancellationToken.None);

        Assert.Equal(GateVerdict.Accepted, compiled.Verdict.Verdict);
        Assert.NotNull(compiled.Image);
        Assert.NotNull(offered);
        // The thread that starts late finds the emit taken and does nothing.
        offered();
    }

    [Fact]
    public void A_cancellation_during_the_overlap_ends_the_compile_as_before()
    {
        string code = $"var words = \"a b a\".Split(' '); return words.Length; // {Guid.NewGuid():N}";
        using var cancel = new CancellationTokenSource();
        int emitted = 0;

        // Cancelled once the emit is offered: the emit stops on its token, the gate's passes on theirs.
        Assert.ThrowsAny<OperationCanceledException>(() => ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, emit => { cancel.Cancel(); emit(); emitted++; }, cancel.Token));
        Assert.Equal(1, emitted);

        // The same point without the overlap: cancelled as the gate's passes start.
        Assert.ThrowsAny<OperationCanceledException>(() => ScriptPipeline.CompileUncached(code, GateOptions.Default, vetted: false, shape: null, offer: null, cancel.Token));
    }
}

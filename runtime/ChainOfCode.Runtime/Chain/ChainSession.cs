using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The per-run state of a Chain-of-Code program that its rewritten code calls: emulated calls, emulated
/// statements and the trace. One instance per run, reached through a static field of a class the rewrite
/// adds (per loaded assembly); scripts cannot name it (the gate refuses the runtime's types and the
/// <c>__coc</c> prefix). Emulator replies arrive as JSON checked by the strict literal parser and are
/// turned into values of the expected type; nothing of them is compiled or executed.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChainSession
{
    private readonly ChainPlan plan;
    private readonly ScriptGuard guard;
    private readonly IEmulationChannel channel;
    private readonly ChainOptions options;
    private readonly string question;
    private readonly List<TraceEntry> trace = [];
    private readonly Dictionary<string, object?> state = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> remembered = new(StringComparer.Ordinal);
    private long emulationTicks;
    private long waitingSince;

    private readonly System.Threading.CancellationToken stop;

    internal ChainSession(ChainPlan plan, ScriptGuard guard, IEmulationChannel channel, ChainOptions options, string question, System.Threading.CancellationToken stop)
    {
        this.stop = stop;
        this.plan = plan;
        this.guard = guard;
        this.channel = channel;
        this.options = options;
        this.question = question;
    }

    internal IReadOnlyList<TraceEntry> Trace => trace;

    internal bool TraceTruncated { get; private set; }

    /// <summary>Requests sent to the emulator (a remembered call is not sent again).</summary>
    internal int EmulatorCalls { get; private set; }

    /// <summary>Time the run waited for the emulator (not counted against its deadline).</summary>
    internal TimeSpan EmulationTime
    {
        get
        {
            long since = System.Threading.Interlocked.Read(ref waitingSince);
            long ongoing = since == 0 ? 0 : Stopwatch.GetTimestamp() - since;
            return Stopwatch.GetElapsedTime(0, System.Threading.Interlocked.Read(ref emulationTicks) + ongoing);
        }
    }

    /// <summary>A call to an emulated function: its value, from the emulator, as <typeparamref name="T"/>.</summary>
    public T Call<T>(int site, object?[] arguments)
    {
        guard.Checkpoint();
        CallSite call = plan.Calls[site];
        var json = new List<JsonElement>(arguments.Length);
        for (int i = 0; i < arguments.Length; i++)
        {
            try
            {
                json.Add(ValueConverter.ToJson(arguments[i], options.Run.InputLimits, guard) ?? Null);
            }
            catch (InvalidValueException e)
            {
                guard.Stop(ScriptStatus.EmulationFailed, $"Argument {i + 1} of {call.Function} on line {call.Line} cannot be given to the emulator: {e.Message}");
            }
        }

        var request = new EmulationRequest
        {
            Kind = EmulationKind.Call,
            Line = call.Line,
            Code = call.Code,
            Function = call.Function,
            Arguments = json,
            ReturnType = call.ReturnType,
        };
        string key = request.CallText;
        if (!remembered.TryGetValue(key, out JsonElement value))
        {
            value = Ask(request).Value!.Value;
            remembered[key] = value;
        }

        object? result = ToValue(value, call.ReturnType, call.Function, call.Line);
        Record(new TraceEntry { Line = call.Line, Kind = TraceKind.EmulatedCall, Code = call.Code, Call = key, Value = value });
        return (T)result!;
    }

    /// <summary>After a program-level statement ran: what it changed, for the trace and the state.</summary>
    public void Executed(int site, object?[] values)
    {
        StatementSite statement = plan.Statements[site];
        for (int i = 0; i < values.Length; i++)
        {
            state[statement.Changes[i]] = values[i];
        }

        if (trace.Count >= options.MaxTraceEntries)
        {
            TraceTruncated = true;
            return;
        }

        var changes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            changes[statement.Changes[i]] = Show(values[i]);
        }

        Record(new TraceEntry { Line = statement.Line, Kind = TraceKind.Executed, Code = statement.Code, Changes = changes });
    }

    /// <summary>The filter of an emulated statement's catch: program errors go to the emulator, guard stops never do.</summary>
    public bool CanEmulate(Exception exception) => options.EmulateFailingStatements && guard.CanCatch(exception) && exception is not InvalidValueException;

    /// <summary>A statement threw: the new values of the variables it assigns, from the emulator, in the plan's order.</summary>
    public object?[] Emulate(int site, Exception failure, object?[] visible)
    {
        guard.Checkpoint();
        StatementSite statement = plan.Statements[site];
        for (int i = 0; i < visible.Length; i++)
        {
            state[statement.State[i]] = visible[i];
        }

        var targets = new Dictionary<string, LiteralType>(StringComparer.Ordinal);
        for (int i = 0; i < statement.Targets.Count; i++)
        {
            targets[statement.Targets[i]] = statement.TargetTypes[i];
        }

        // Read on the run's thread under its guard (a message of the script's own runs its checkpoints), but not one the
        // library would build from what the script handed it (an aggregate of shared inner exceptions: gigabytes in one read).
        string error = MessageSanitizer.Sanitize(ScriptErrorDescription.TypeAndMessage(failure, e => e.Message));
        JsonElement reply = Ask(new EmulationRequest
        {
            Kind = EmulationKind.Statement,
            Line = statement.Line,
            Code = statement.Code,
            Targets = targets,
            Error = error,
        }).Value!.Value;

        var values = new object?[statement.Targets.Count];
        var changes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            JsonElement value = reply.GetProperty(statement.Targets[i]);
            values[i] = ToValue(value, statement.TargetTypes[i], statement.Targets[i], statement.Line);
            state[statement.Targets[i]] = values[i];
            changes[statement.Targets[i]] = value;
        }

        Record(new TraceEntry { Line = statement.Line, Kind = TraceKind.EmulatedStatement, Code = statement.Code, Changes = changes, Error = error });
        return values;
    }

    private static JsonElement Null { get; } = JsonDocument.Parse("null").RootElement.Clone();

    private EmulationAnswer Ask(EmulationRequest request)
    {
        if (EmulatorCalls >= options.MaxEmulatorCalls)
        {
            guard.Stop(ScriptStatus.EmulationFailed, $"The run asked the emulator more than {options.MaxEmulatorCalls} times (the limit of emulator calls).");
        }

        EmulatorCalls++;
        var full = request with
        {
            Question = question,
            Program = plan.Program,
            State = state.ToDictionary(pair => pair.Key, pair => Show(pair.Value), StringComparer.Ordinal),
        };

        long start = Stopwatch.GetTimestamp();
        System.Threading.Interlocked.Exchange(ref waitingSince, start);
        EmulationAnswer answer;
        try
        {
            answer = channel.Ask(full, stop);
        }
        finally
        {
            long end = Stopwatch.GetTimestamp();
            System.Threading.Interlocked.Add(ref emulationTicks, end - start);
            System.Threading.Interlocked.Exchange(ref waitingSince, 0);
            guard.ExtendDeadline(Stopwatch.GetElapsedTime(start, end));
        }

        // A kill or a cancellation during the wait ends the run as killed, not as an emulator failure.
        guard.CheckpointAfterWait();
        if (answer.Failure is { } failure || answer.Value is null)
        {
            guard.Stop(ScriptStatus.EmulationFailed, answer.Failure ?? "The emulator gave no answer.");
        }

        return answer;
    }

    private object? ToValue(JsonElement value, LiteralType type, string what, int line)
    {
        try
        {
            return LiteralParser.ToValue(value, type, options.Run.InputLimits);
        }
        catch (FormatException e)
        {
            guard.Stop(ScriptStatus.EmulationFailed, $"The emulator's value for {what} on line {line} is not a {type}: {e.Message}");
            return null;
        }
    }

    private JsonElement Show(object? value)
    {
        try
        {
            return TraceValues.ToJson(value);
        }
        catch (Exception e) when (guard.CanCatch(e))
        {
            // A collection of the program's own type threw while it was listed: show that, not the run's end.
            return JsonSerializer.SerializeToElement("<" + e.GetType().Name + ">");
        }
    }

    private void Record(TraceEntry entry)
    {
        if (trace.Count >= options.MaxTraceEntries)
        {
            TraceTruncated = true;
            return;
        }

        trace.Add(entry with { Step = trace.Count + 1 });
    }
}

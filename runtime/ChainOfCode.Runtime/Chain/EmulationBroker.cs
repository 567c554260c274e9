using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The host's side of emulation for one run: counts the run's requests against its limit, asks the
/// <see cref="IEmulator"/> within a time limit, parses each reply with the strict <see cref="LiteralParser"/>
/// against the expected type (a call's type, or an object with exactly the statement's variables) and asks
/// again with the reason, a bounded number of times, when the reply is malformed. In worker isolation the
/// requests come from the worker and are untrusted: the limit is enforced here, not only in the worker.
/// </summary>
internal sealed class EmulationBroker
{
    private readonly IEmulator emulator;
    private readonly ChainOptions options;
    private int calls;

    public EmulationBroker(IEmulator emulator, ChainOptions options)
    {
        this.emulator = emulator;
        this.options = options;
    }

    /// <summary>Requests this run made so far.</summary>
    public int Calls => Volatile.Read(ref calls);

    public async Task<EmulationAnswer> AskAsync(EmulationRequest request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) > options.MaxEmulatorCalls)
        {
            return EmulationAnswer.Failed($"The run asked the emulator more than {options.MaxEmulatorCalls} times (the limit of emulator calls).");
        }

        if (Malformed(request) is { } refused)
        {
            return EmulationAnswer.Failed(refused);
        }

        string what = request.Kind == EmulationKind.Call ? request.CallText : $"the statement on line {request.Line}";
        string? previous = null;
        int attempts = 1 + Math.Max(0, options.MaxRetries);
        for (int attempt = 1; attempt <= attempts; attempt++)
        {
            string reply;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.EmulatorTimeout);
            try
            {
                reply = await emulator.EmulateAsync(request with { Attempt = attempt, PreviousError = previous }, timeout.Token).ConfigureAwait(false)
                    ?? throw new EmulatorException("The emulator gave no reply.");
            }
            catch (EmulatorException e)
            {
                return EmulationAnswer.Failed(e.Message);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return EmulationAnswer.Failed($"The emulator did not answer {what} within {options.EmulatorTimeout.TotalSeconds:0.###} s.");
            }
            catch (OperationCanceledException)
            {
                return EmulationAnswer.Failed("The run was cancelled while the emulator was answering.");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return EmulationAnswer.Failed($"The emulator failed on {what}: {e.GetType().Name}: {e.Message}");
            }

            try
            {
                return new EmulationAnswer(Parse(reply, request), null);
            }
            catch (FormatException e)
            {
                previous = e.Message;
            }
        }

        return EmulationAnswer.Failed($"The emulator's reply to {what} was malformed {attempts} time(s); the last: {previous}");
    }

    /// <summary>The reply as JSON, checked against the request's expected shape.</summary>
    /// <exception cref="FormatException">The reply is not exactly what was asked for.</exception>
    public JsonElement Parse(string reply, EmulationRequest request)
    {
        JsonElement json = LiteralParser.ParseJson(reply, options.Run.InputLimits);
        if (request.Kind == EmulationKind.Call)
        {
            LiteralParser.ToValue(json, request.ReturnType!, options.Run.InputLimits);
            return json;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The reply must be an object with the new value of each variable: " + string.Join(", ", request.Targets.Keys) + ".");
        }

        var names = json.EnumerateObject().Select(p => p.Name).ToList();
        if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
        {
            throw new FormatException("The reply names a variable twice.");
        }

        if (names.FirstOrDefault(n => !request.Targets.ContainsKey(n)) is { } extra)
        {
            throw new FormatException($"The reply names \"{extra}\", which the statement does not assign; give exactly: {string.Join(", ", request.Targets.Keys)}.");
        }

        foreach ((string name, LiteralType type) in request.Targets)
        {
            if (!json.TryGetProperty(name, out JsonElement value))
            {
                throw new FormatException($"The reply has no value for \"{name}\".");
            }

            try
            {
                LiteralParser.ToValue(value, type, options.Run.InputLimits);
            }
            catch (FormatException e)
            {
                throw new FormatException($"\"{name}\": {e.Message}");
            }
        }

        return json;
    }

    private static string? Malformed(EmulationRequest request) => request.Kind switch
    {
        EmulationKind.Call when string.IsNullOrEmpty(request.Function) || request.ReturnType is null => "An emulated call came without its function or its type.",
        EmulationKind.Statement when request.Targets.Count == 0 => "An emulated statement came without the variables it assigns.",
        EmulationKind.Call or EmulationKind.Statement => null,
        _ => "An emulation request of an unknown kind.",
    };
}

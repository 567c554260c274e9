using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ChainOfCode.Runtime.Chain;

/// <summary>
/// The prompt for a language model that emulates one step of a Chain-of-Code program: the question, the
/// numbered program, the state so far as JSON, the line, and the exact JSON shape of the answer.
/// </summary>
public static class EmulationPrompt
{
    /// <summary>The instructions (the system message).</summary>
    public const string Instructions =
        "You emulate one step of a C# program written to answer a question (Chain of Code). The interpreter " +
        "ran every line it could; this step it cannot run, because the program calls a function it never " +
        "defines, or because the statement threw. Predict what the step would produce if it worked as the " +
        "program intends, using the question, the program and its state. Reply with one JSON object and " +
        "nothing else: no code fence, no explanation.";

    /// <summary>The request as the user message.</summary>
    public static string Build(EmulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder();
        if (request.Question.Length > 0)
        {
            text.Append("Question:\n").Append(request.Question.Trim()).Append("\n\n");
        }

        text.Append("Program:\n");
        string[] lines = request.Program.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int width = lines.Length.ToString(CultureInfo.InvariantCulture).Length;
        for (int i = 0; i < lines.Length; i++)
        {
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ").Append(lines[i]).Append('\n');
        }

        text.Append("\nState so far (JSON):\n{");
        text.Append(string.Join(", ", request.State.Select(pair => Quote(pair.Key) + ": " + EmulatedCall.ToText(pair.Value))));
        text.Append("}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Line {request.Line}: {request.Code}\n");
        if (request.Kind == EmulationKind.Call)
        {
            text.Append(CultureInfo.InvariantCulture, $"The program does not define {request.Function}. What does {request.CallText} return?\n");
            text.Append(CultureInfo.InvariantCulture, $"Reply {{\"value\": V}} where V is {LiteralParser.Describe(request.ReturnType!)} (C# type {request.ReturnType}).\n");
        }
        else
        {
            text.Append("The statement threw ").Append(request.Error ?? "an exception").Append(".\n");
            text.Append("Reply with the new value of each variable the statement assigns: {");
            text.Append(string.Join(", ", request.Targets.Select(pair => $"{Quote(pair.Key)}: {LiteralParser.Describe(pair.Value)} (C# type {pair.Value})")));
            text.Append("}\n");
        }

        if (request.PreviousError is { } previous)
        {
            text.Append("\nYour previous reply was refused: ").Append(previous).Append(" Reply again with the JSON object only.\n");
        }

        return text.ToString();
    }

    private static string Quote(string name) => "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

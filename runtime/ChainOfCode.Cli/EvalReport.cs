using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ChainOfCode.Cli;

/// <summary>The report of <c>coc eval</c>: each wrong example, the median time, and last the accuracy line (or one JSON object).</summary>
internal static class EvalReport
{
    public static void Write(TextWriter output, IReadOnlyList<EvalOutcome> outcomes, bool json, string program, string data)
    {
        int correct = outcomes.Count(o => o.Correct);
        double percent = outcomes.Count == 0 ? 0 : 100.0 * correct / outcomes.Count;
        double median = Median(outcomes.Select(o => o.Elapsed.TotalMilliseconds));

        // The program's own CPU time (its thread, in the worker): steadier than wall time on a busy machine.
        double medianCpu = Median(outcomes.Select(o => (double)o.Result.Usage.CpuMs));
        if (json)
        {
            JsonText.Write(output, indented: false, w =>
            {
                w.WriteStartObject();
                w.WriteString("program", program);
                w.WriteString("data", data);
                w.WriteNumber("examples", outcomes.Count);
                w.WriteNumber("correct", correct);
                w.WriteNumber("accuracy", Math.Round(percent, 2));
                w.WriteNumber("medianMs", Math.Round(median, 1));
                w.WriteNumber("medianCpuMs", Math.Round(medianCpu, 1));
                w.WriteNumber("emulatorCalls", outcomes.Sum(o => o.Result.EmulatorCalls));
                w.WriteStartArray("wrong");
                foreach (EvalOutcome wrong in outcomes.Where(o => !o.Correct))
                {
                    w.WriteStartObject();
                    w.WriteNumber("index", wrong.Index);
                    w.WriteString("input", wrong.Example.Input);
                    w.WriteString("target", wrong.Example.Target);
                    w.WriteString("answer", wrong.Answer);
                    w.WriteString("status", RunReport.Status(wrong.Result.Status));
                    w.WriteString("error", wrong.Result.Error);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return;
        }

        foreach (EvalOutcome wrong in outcomes.Where(o => !o.Correct))
        {
            string question = CocApp.OneLine(wrong.Example.Input);
            output.WriteLine($"wrong #{wrong.Index}: expected {Quote(wrong.Example.Target)}, got {(wrong.Answer is null ? "no answer" : Quote(wrong.Answer))} ({RunReport.Status(wrong.Result.Status)})");
            output.WriteLine("  question: " + (question.Length <= 160 ? question : question[..157] + "..."));
            if (wrong.Result.Error is { } error)
            {
                output.WriteLine("  error:    " + error);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {median:0.#} ms per example ({medianCpu:0.#} ms CPU), {outcomes.Sum(o => o.Result.EmulatorCalls)} emulator call(s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: {correct}/{outcomes.Count} ({percent:0.#}%)"));
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

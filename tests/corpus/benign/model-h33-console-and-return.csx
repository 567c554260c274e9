// what: a script that prints (Console.Out and Console.Write) a progress table with Console.WriteLine and Console.Write (composite formats, padding) and also returns its summary
// input: 
// expected: 5
var scores = new Dictionary<string, int[]> { ["ann"] = [90, 85, 77], ["bob"] = [60, 72, 58], ["cyd"] = [88, 94, 91] };
Console.WriteLine("{0,-5}{1,6}{2,6}", "name", "avg", "best");
foreach (var (name, marks) in scores)
{
    Console.Write(name.PadRight(5));
    Console.WriteLine("{0,6:F1}{1,6}", marks.Average(), marks.Max());
}
Console.WriteLine(new string('=', 17));
Console.Out.WriteLine($"top: {scores.MaxBy(kv => kv.Value.Average()).Key}");
return scores.Values.SelectMany(m => m).Count(m => m >= 80);

// what: a command interpreter with a switch on strings, string.Split with count, TryParse chains and a Dictionary of handlers
// input: push 5; push 7; add; push 3; mul; dup; print; swap; pop; print; noop
// expected: ["36,36","36","line 11: unknown 'noop'"]
var stack = new Stack<long>();
var output = new List<string>();
var handlers = new Dictionary<string, Action>(StringComparer.OrdinalIgnoreCase)
{
    ["add"] = () => stack.Push(stack.Pop() + stack.Pop()),
    ["mul"] = () => stack.Push(stack.Pop() * stack.Pop()),
    ["dup"] = () => stack.Push(stack.Peek()),
    ["swap"] = () => { var a = stack.Pop(); var b = stack.Pop(); stack.Push(a); stack.Push(b); },
};
int lineNo = 0;
foreach (var line in Input.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
{
    lineNo++;
    var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
    switch (parts[0].ToLowerInvariant())
    {
        case "push" when parts.Length == 2 && long.TryParse(parts[1], out var n):
            stack.Push(n);
            break;
        case "pop":
            stack.Pop();
            break;
        case "print":
            output.Add(string.Join(",", stack));
            break;
        case var cmd when handlers.TryGetValue(cmd, out var handler):
            handler();
            break;
        default:
            output.Add($"line {lineNo}: unknown '{parts[0]}'");
            break;
    }
}
return output;

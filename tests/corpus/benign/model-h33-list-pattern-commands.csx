// what: list patterns with slices and property patterns parse a list of command lines into a stack machine
// input: 
// expected: "-33 empty one 4 same ends 1 middle 2"
var program = new[] { "push 3", "push 4", "add", "push 5", "mul", "dup", "pop", "push 2", "swap", "sub" };
var stack = new Stack<int>();
foreach (var line in program)
{
    string[] parts = line.Split(' ');
    switch (parts)
    {
        case ["push", var n]: stack.Push(int.Parse(n)); break;
        case ["add"]: stack.Push(stack.Pop() + stack.Pop()); break;
        case ["mul"]: stack.Push(stack.Pop() * stack.Pop()); break;
        case ["sub"]: { int b = stack.Pop(), a = stack.Pop(); stack.Push(a - b); break; }
        case ["dup"]: stack.Push(stack.Peek()); break;
        case ["pop"]: stack.Pop(); break;
        case ["swap"]: { int b = stack.Pop(), a = stack.Pop(); stack.Push(b); stack.Push(a); break; }
        case [var op, ..]: throw new InvalidOperationException(op);
    }
}

static string Describe(int[] xs) => xs switch
{
    [] => "empty",
    [var only] => $"one {only}",
    [var first, .., var last] when first == last => $"same ends {first}",
    [_, .. var middle, _] => $"middle {middle.Length}",
};

return $"{stack.Peek()} {Describe([])} {Describe([4])} {Describe([1, 2, 1])} {Describe([1, 2, 3, 4])}";

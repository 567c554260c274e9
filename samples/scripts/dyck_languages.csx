// expected: succeeded — BIG-Bench Hard "dyck_languages": close the open brackets in order.
// Question: Complete the rest of the sequence, making sure that the parentheses are closed properly.
// Input: [ { [ < ( ) > ] ( { } ) [ ] } ( < > )
string input = "[ { [ < ( ) > ] ( { } ) [ ] } ( < > )";
var pairs = new Dictionary<string, string> { ["("] = ")", ["["] = "]", ["{"] = "}", ["<"] = ">" };
var stack = new Stack<string>();
foreach (string token in input.Split(' ', StringSplitOptions.RemoveEmptyEntries))
{
    if (pairs.ContainsKey(token))
    {
        stack.Push(token);
    }
    else if (stack.Count > 0 && pairs[stack.Peek()] == token)
    {
        stack.Pop();
    }
    else
    {
        throw new InvalidOperationException($"unbalanced at '{token}'");
    }
}

Console.WriteLine($"{stack.Count} bracket(s) still open");
return string.Join(" ", stack.Select(open => pairs[open]));

// what: BBH dyck languages: complete a bracket sequence by closing what a Stack<char> holds, mapping with a dictionary and a collection expression
// input: [ < [ ( { } ) ] > { ( [ ] ) ( <
// expected: "> ) } ]"
Dictionary<char, char> closing = new() { ['('] = ')', ['['] = ']', ['{'] = '}', ['<'] = '>' };
var stack = new Stack<char>();
foreach (char c in Input.Where(c => !char.IsWhiteSpace(c)))
{
    if (closing.ContainsKey(c)) stack.Push(c);
    else if (closing[stack.Peek()] == c) stack.Pop();
    else return "unbalanced";
}
char[] completion = [.. stack.Select(o => closing[o])];
return string.Join(" ", completion);

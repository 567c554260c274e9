// what: dyck_languages completes the sequence with a Stack<char> and a pairs dictionary
// input: 
// expected: "] > ]"
string input = "[ { [ < ( ) > ] } < [ ( < > )";
var pairs = new Dictionary<char, char> { ['('] = ')', ['['] = ']', ['{'] = '}', ['<'] = '>' };
var stack = new Stack<char>();
foreach (char c in input.Where(ch => !char.IsWhiteSpace(ch)))
{
    if (pairs.ContainsKey(c)) stack.Push(c);
    else if (stack.Count > 0 && pairs[stack.Peek()] == c) stack.Pop();
    else return "invalid";
}
var closing = new StringBuilder();
while (stack.Count > 0)
{
    if (closing.Length > 0) closing.Append(' ');
    closing.Append(pairs[stack.Pop()]);
}
return closing.ToString();

// Question: Complete the rest of the sequence, making sure that the parentheses are closed properly. Input: [ { [
// Expected: ] } ]
var open = unclosed_brackets("[ { [");
var pairs = new Dictionary<char, char> { ['['] = ']', ['{'] = '}', ['('] = ')', ['<'] = '>' };
var closing = new List<string>();
for (int i = open.Count - 1; i >= 0; i--)
{
    closing.Add(pairs[open[i]].ToString());
}
return string.Join(" ", closing);

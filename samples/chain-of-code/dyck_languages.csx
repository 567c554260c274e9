// BIG-Bench Hard "dyck_languages": close the brackets that are still open, innermost first.
// Input: "Complete the rest of the sequence, ... Input: [ { [ < ( ) > ]". Returns "} ]".
const string Marker = "Input:";
int start = Input.LastIndexOf(Marker, StringComparison.Ordinal);
string sequence = start >= 0 ? Input[(start + Marker.Length)..] : Input;

var closerOf = new Dictionary<char, char> { ['('] = ')', ['['] = ']', ['{'] = '}', ['<'] = '>' };
var openerOf = closerOf.ToDictionary(pair => pair.Value, pair => pair.Key);
var open = new Stack<char>();

// Character by character, so "[[" and "[ [" read the same.
foreach (char c in sequence)
{
    if (closerOf.ContainsKey(c))
    {
        open.Push(c);
    }
    else if (openerOf.TryGetValue(c, out char opener))
    {
        if (open.Count == 0 || open.Peek() != opener)
        {
            throw new FormatException($"'{c}' does not close the innermost open bracket");
        }

        open.Pop();
    }
    else if (!char.IsWhiteSpace(c))
    {
        throw new FormatException($"'{c}' is not a bracket");
    }
}

Console.WriteLine($"{open.Count} bracket(s) still open");
return string.Join(" ", open.Select(opener => closerOf[opener]));

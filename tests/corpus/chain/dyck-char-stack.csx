// Question: Complete the rest of the sequence, making sure that the parentheses are closed properly. Input: < [ [
// Expected: ] ] >
string sequence = "< [ [";
var stack = new Stack<char>();
foreach (char c in sequence.Where(ch => !char.IsWhiteSpace(ch)))
{
    if (is_opening(c))
    {
        stack.Push(c);
    }
    else
    {
        stack.Pop();
    }
}
var closers = new List<char>();
while (stack.Count > 0)
{
    closers.Add(closing_for(stack.Pop()));
}
return string.Join(" ", closers);

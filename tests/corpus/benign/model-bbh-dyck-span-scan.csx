// what: dyck_languages with a top-level ReadOnlySpan<char> and a char array used as a stack
// input: 
// expected: ")"
string sequence = "( < { } > [ ( ) ] { [ ] }";
ReadOnlySpan<char> text = sequence.AsSpan();
char[] stack = new char[text.Length];
int top = 0;
foreach (char c in text)
{
    switch (c)
    {
        case '(': stack[top++] = ')'; break;
        case '[': stack[top++] = ']'; break;
        case '{': stack[top++] = '}'; break;
        case '<': stack[top++] = '>'; break;
        case ' ': break;
        default:
            if (top == 0 || stack[--top] != c) return "unbalanced";
            break;
    }
}
var rest = new List<string>();
for (int i = top - 1; i >= 0; i--) rest.Add(stack[i].ToString());
return string.Join(" ", rest);

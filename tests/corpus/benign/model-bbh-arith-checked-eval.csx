// what: multistep_arithmetic_two with a tokenizer, precedence climbing in generic-free static functions, and checked arithmetic
// input: 
// expected: "{ answer = -286, overflowed = True }"
string expression = "((-1 + 2 * 9 - -5) * (3 - -8 + -4 * 6))";
int i = 0;
long Expr()
{
    long value = Term();
    while (i < expression.Length && (expression[i] == '+' || expression[i] == '-'))
    {
        char op = expression[i++];
        long rhs = Term();
        value = checked(op == '+' ? value + rhs : value - rhs);
    }
    return value;
}
long Term()
{
    long value = Factor();
    while (i < expression.Length && (expression[i] == '*' || expression[i] == '/'))
    {
        char op = expression[i++];
        long rhs = Factor();
        value = checked(op == '*' ? value * rhs : value / rhs);
    }
    return value;
}
long Factor()
{
    if (expression[i] == '(') { i++; long v = Expr(); i++; return v; }
    if (expression[i] == '-') { i++; return -Factor(); }
    int start = i;
    while (i < expression.Length && char.IsDigit(expression[i])) i++;
    return long.Parse(expression[start..i], CultureInfo.InvariantCulture);
}
expression = expression.Replace(" ", "");
long answer = Expr();
bool overflowed = false;
try { _ = checked(int.MaxValue + (int)answer * -1 + int.MaxValue); } catch (OverflowException) { overflowed = true; }
return new { answer, overflowed }.ToString();

// what: ArgumentException guard, ArgumentNullException.ThrowIfNull, message text
// input: 
// expected: "Value must be positive. (Parameter 'n')"
int Check(int n)
{
    if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), "Value must be positive.");
    return n;
}
try { Check(-1); return "no"; }
catch (ArgumentOutOfRangeException ex) { return ex.Message.Split('\n')[0].Replace("Actual value was -1.", "").Trim(); }

// what: exception filters with when, rethrow with throw;, finally ordering, a custom exception with data, and an AggregateException flattened
// input: 
// expected: "12 0 [too big: OverflowException] 2 done(12),empty,done(),overflow,done(99999999999),rethrow"
class ValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

var log = new List<string>();

int Parse(string s)
{
    try
    {
        return int.Parse(s, CultureInfo.InvariantCulture);
    }
    catch (FormatException) when (s.Length == 0)
    {
        log.Add("empty");
        return 0;
    }
    catch (OverflowException e)
    {
        log.Add("overflow");
        throw new ValidationException("value", "too big: " + e.GetType().Name);
    }
    finally
    {
        log.Add($"done({s})");
    }
}

void Validate(string s)
{
    try { Parse(s); }
    catch (ValidationException) { log.Add("rethrow"); throw; }
}

int a = Parse("12");
int b = Parse("");
string caught = "";
try { Validate("99999999999"); }
catch (ValidationException e) when (e.Field == "value") { caught = e.Message; }

int failures = 0;
try
{
    throw new AggregateException(new InvalidOperationException("a"), new AggregateException(new ArgumentException("b")));
}
catch (AggregateException e)
{
    failures = e.Flatten().InnerExceptions.Count;
}

return $"{a} {b} [{caught}] {failures} {string.Join(",", log)}";

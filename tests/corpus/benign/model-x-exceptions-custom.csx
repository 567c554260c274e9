// what: custom exception hierarchy, filters, rethrow, finally ordering, inner exceptions and AggregateException
// input: 
// expected: "42 | format error in age | RangeValidationException: age=-1 out of range | RangeValidationException: age=200 out of range || ValidationException,RangeValidationException || parsed:42,parsed:abc,parsed:-1,parsed:200,too old, rethrowing,parsed:x,parsed:999"
class ValidationException : Exception
{
    public string Field { get; }
    public ValidationException(string field, string message, Exception? inner = null) : base(message, inner) => Field = field;
}

class RangeValidationException(string field, int value) : ValidationException(field, $"{field}={value} out of range")
{
    public int Value { get; } = value;
}

var log = new List<string>();

int ParseAge(string text)
{
    try
    {
        int age = int.Parse(text, CultureInfo.InvariantCulture);
        if (age is < 0 or > 150) throw new RangeValidationException("age", age);
        return age;
    }
    catch (FormatException fe)
    {
        throw new ValidationException("age", $"'{text}' is not a number", fe);
    }
    finally
    {
        log.Add($"parsed:{text}");
    }
}

string Try(string text)
{
    try
    {
        try { return ParseAge(text).ToString(); }
        catch (RangeValidationException r) when (r.Value > 150)
        {
            log.Add("too old, rethrowing");
            throw;
        }
    }
    catch (ValidationException v) when (v.InnerException is FormatException)
    {
        return $"format error in {v.Field}";
    }
    catch (ValidationException v)
    {
        return $"{v.GetType().Name}: {v.Message}";
    }
}

var results = new[] { "42", "abc", "-1", "200" }.Select(Try).ToList();

string aggregate;
try
{
    var errors = new List<Exception>();
    foreach (var t in new[] { "x", "999" })
    {
        try { ParseAge(t); } catch (Exception e) { errors.Add(e); }
    }
    throw new AggregateException(errors);
}
catch (AggregateException ae)
{
    aggregate = string.Join(",", ae.InnerExceptions.Select(e => e.GetType().Name));
}
return $"{string.Join(" | ", results)} || {aggregate} || {string.Join(",", log)}";

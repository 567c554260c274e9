// what: exceptions thrown and caught, custom exception, finally, when filters
// input: 
// expected: "bad input|div|custom:7|finally ran|caught key"
class ValidationException : Exception
{
    public int Code { get; }
    public ValidationException(string msg, int code) : base(msg) { Code = code; }
}
var log = new List<string>();
try { int.Parse("abc"); } catch (FormatException) { log.Add("bad input"); }
try { int zero = 0; _ = 1 / zero; } catch (DivideByZeroException) { log.Add("div"); }
try { throw new ValidationException("nope", 7); }
catch (ValidationException ex) when (ex.Code > 5) { log.Add($"custom:{ex.Code}"); }
try { log.Add("try"); } finally { log[^1] = "finally ran"; }
try { var d = new Dictionary<string, int>(); _ = d["missing"]; }
catch (KeyNotFoundException) { log.Add("caught key"); }
return string.Join("|", log);

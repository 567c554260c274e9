// what: catch clauses of every shape: typed without a variable, filtered without a variable, nested rethrow, finally with state and exception filters that log
// input: 
// expected: "12,-1,2147483647,-2 | missing key 12 | 1 | bad:x1;big:99999999999;filter saw s;finally ran"
var log = new List<string>();
bool Note(string s) { log.Add(s); return false; }
bool verbose = true;

int Parse(string s)
{
    try { return int.Parse(s, CultureInfo.InvariantCulture); }
    catch (FormatException) when (verbose) { log.Add($"bad:{s}"); return -1; }
    catch (OverflowException) { log.Add($"big:{s}"); return int.MaxValue; }
    catch (ArgumentNullException ex) when (Note("filter saw " + ex.ParamName)) { return -3; }
    catch (ArgumentNullException) { return -2; }
}

int[] values = [Parse("12"), Parse("x1"), Parse("99999999999"), Parse(null!)];

int depth = 0;
string Nested()
{
    try
    {
        try { depth++; throw new KeyNotFoundException("missing key"); }
        catch (KeyNotFoundException) { depth++; throw; }
        finally { depth += 10; }
    }
    catch (Exception e) when (e is KeyNotFoundException { Message.Length: > 3 })
    {
        return e.Message;
    }
}
string nested = Nested();

int FinallyWins()
{
    int x = 1;
    try { return x; }
    finally { x = 2; log.Add("finally ran"); }
}
return $"{string.Join(",", values)} | {nested} {depth} | {FinallyWins()} | {string.Join(";", log)}";

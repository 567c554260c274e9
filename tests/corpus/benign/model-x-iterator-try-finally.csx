// what: iterators with try/finally cleanup observed through early exit, LINQ Take, manual enumerators and nested yields
// input: 
// expected: {"firstTwo":[10,20],"combined":["a10","a20","b10","b20","b30"],"error":"corrupt record 4","log":["open take","close take","open a","close a","open b","close b","open bad","got 10","got 20","got 30","close bad","open manual","manual first 10","close manual"]}
var log = new List<string>();

IEnumerable<int> ReadRecords(string source, int count)
{
    log.Add($"open {source}");
    try
    {
        for (int i = 1; i <= count; i++)
        {
            if (i == 4 && source == "bad") throw new InvalidOperationException($"corrupt record {i}");
            yield return i * 10;
        }
    }
    finally
    {
        log.Add($"close {source}");
    }
}

IEnumerable<string> Combined()
{
    foreach (var r in ReadRecords("a", 2)) yield return $"a{r}";
    foreach (var r in ReadRecords("b", 5))
    {
        if (r > 30) yield break;
        yield return $"b{r}";
    }
}

var firstTwo = ReadRecords("take", 10).Take(2).ToList();
var combined = Combined().ToList();
string error = "none";
try
{
    foreach (var r in ReadRecords("bad", 10)) log.Add($"got {r}");
}
catch (InvalidOperationException e) { error = e.Message; }

using (var e = ReadRecords("manual", 3).GetEnumerator())
{
    e.MoveNext();
    log.Add($"manual first {e.Current}");
}
return new { firstTwo, combined, error, log };

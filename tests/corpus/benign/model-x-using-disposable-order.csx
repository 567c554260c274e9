// what: using declarations and using statements on custom IDisposable types, disposal order and exceptions
// input: 
// expected: "inner:a, outer:b, dispose inner, second:c, dispose second, dispose outer, dispose failing, caught boom | disposed already"
var log = new List<string>();

sealed class Scope(string name, List<string> log) : IDisposable
{
    private bool _disposed;
    public void Use(string what)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        log.Add($"{name}:{what}");
    }
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        log.Add($"dispose {name}");
    }
}

void Work()
{
    using var outer = new Scope("outer", log);
    using (var inner = new Scope("inner", log))
    {
        inner.Use("a");
        outer.Use("b");
    }
    using var second = new Scope("second", log);
    second.Use("c");
}

Work();

Scope? leaked = null;
try
{
    using (leaked = new Scope("failing", log))
    {
        throw new InvalidOperationException("boom");
    }
}
catch (InvalidOperationException ex)
{
    log.Add($"caught {ex.Message}");
}

string late;
try { leaked!.Use("after"); late = "used"; }
catch (ObjectDisposedException) { late = "disposed already"; }
return $"{string.Join(", ", log)} | {late}";

// class: reflection
// expected: rejected COC0004
// why: delegate create; the gate refuses it (COC0004) before anything runs.
return Delegate.CreateDelegate(typeof(Action), typeof(GC).GetMethod("Collect", Type.EmptyTypes)!) is null;

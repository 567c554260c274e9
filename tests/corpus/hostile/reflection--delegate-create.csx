// class: reflection
// expected: rejected
// why: delegate create; the gate refuses it (COC0004 or a gate check) before anything runs.
return Delegate.CreateDelegate(typeof(Action), typeof(GC).GetMethod("Collect", Type.EmptyTypes)!) is null;

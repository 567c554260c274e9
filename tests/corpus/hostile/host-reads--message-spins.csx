// class: host-reads
// expected: runtime_error
// why: an exception whose Message never returns: read under its own budget.
class Evil : Exception { public override string Message { get { while (true) { } } } }
throw new Evil();

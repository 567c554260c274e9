// class: host-reads
// expected: runtime_error
// why: an exception whose Message recurses without end: read under its own budget.
class Evil : Exception { public override string Message => Message + "x"; }
throw new Evil();

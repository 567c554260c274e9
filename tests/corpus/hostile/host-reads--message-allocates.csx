// class: host-reads
// expected: runtime_error
// why: an exception whose Message allocates a gigabyte: read under its own budget.
class Evil : Exception { public override string Message => new string('x', 500_000_000); }
throw new Evil();

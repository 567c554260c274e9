// class: host-reads
// expected: runtime_error
// why: an exception whose StackTrace and ToString throw: the host never reads them.
class Evil : Exception { public override string? StackTrace => throw new Evil(); public override string ToString() => throw new Evil(); }
throw new Evil();

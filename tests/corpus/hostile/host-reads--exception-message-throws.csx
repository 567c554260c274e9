// class: host-reads
// expected: runtime_error
// why: an exception whose Message throws when the host reads it.
class Evil : Exception { public override string Message => throw new Evil(); }
throw new Evil();

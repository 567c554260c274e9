// class: results
// expected: runtime_error
// why: a result the host would convert without end.
IEnumerable<int> Forever() { while (true) yield return 1; }
return Forever();

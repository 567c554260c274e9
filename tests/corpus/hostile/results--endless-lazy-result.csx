// class: results
// expected: runtime_error
// why: a returned sequence that never ends: converted under the run's guard, it stops at the 10,000-item limit.
IEnumerable<int> Forever() { while (true) { yield return 1; } }
return Forever();

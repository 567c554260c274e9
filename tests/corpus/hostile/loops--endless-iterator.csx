// class: loops
// expected: timeout
// why: an iterator that never ends, consumed by foreach.
IEnumerable<int> Forever() { while (true) yield return 1; }
foreach (var x in Forever()) { }

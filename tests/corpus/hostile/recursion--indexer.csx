// class: recursion
// expected: recursion_limit
// why: an indexer that reads itself.
class C { public int this[int i] => this[i + 1] + 1; }
return new C()[0];

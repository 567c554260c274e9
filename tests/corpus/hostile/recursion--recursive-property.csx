// class: recursion
// expected: recursion_limit
// why: a property that reads itself through a new object.
class Node { public int Depth => Child.Depth + 1; public Node Child => new Node(); }
return new Node().Depth;

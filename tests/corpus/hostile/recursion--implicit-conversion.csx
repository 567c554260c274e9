// class: recursion
// expected: recursion_limit
// why: an implicit conversion that converts again.
struct A { public static implicit operator int(A a) => (int)a + 1; }
int x = new A();
return x;

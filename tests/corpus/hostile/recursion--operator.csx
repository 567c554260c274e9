// class: recursion
// expected: recursion_limit
// why: a user-defined operator that calls itself.
struct V { public int X; public static V operator +(V a, V b) => a + b; }
return (new V() + new V()).X;

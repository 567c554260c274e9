// class: stack
// expected: rejected COCR0008
// why: a tuple that doubles at each level: a 32 KiB value type.
var t0 = (1L, 1L); var t1 = (t0, t0); var t2 = (t1, t1); var t3 = (t2, t2); var t4 = (t3, t3); var t5 = (t4, t4); var t6 = (t5, t5); var t7 = (t6, t6); var t8 = (t7, t7); var t9 = (t8, t8); var t10 = (t9, t9); var t11 = (t10, t10);
return t11.GetHashCode();

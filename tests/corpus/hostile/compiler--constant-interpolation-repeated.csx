// class: compiler
// expected: rejected COCR0001
// why: every constant declared is under the length cap (a13: 65,536 characters), but one interpolation repeats a13
// 400 times: a constant of 26 million characters, folded and materialized by the compiler.
const string a0 = "xxxxxxxx";
const string a1 = a0 + a0;
const string a2 = a1 + a1;
const string a3 = a2 + a2;
const string a4 = a3 + a3;
const string a5 = a4 + a4;
const string a6 = a5 + a5;
const string a7 = a6 + a6;
const string a8 = a7 + a7;
const string a9 = a8 + a8;
const string a10 = a9 + a9;
const string a11 = a10 + a10;
const string a12 = a11 + a11;
const string a13 = a12 + a12;
const string all = $"{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}{a13}";
return all.Length;

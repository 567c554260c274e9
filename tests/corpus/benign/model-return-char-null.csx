// what: return a char and a null
// input: 
// expected: "x"
char c = 'x';
return c;

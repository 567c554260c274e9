// what: return a tuple
// input: 
// expected: [1,"two"]
return (1, "two");

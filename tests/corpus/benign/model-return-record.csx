// what: return a record instance
// input: 
// expected: {"Name":"box","Volume":24.5}
record Result(string Name, double Volume);
return new Result("box", 24.5);

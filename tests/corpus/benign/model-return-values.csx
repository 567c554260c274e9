// what: top-level return of a list of tuples-converted anonymous objects
// input: 
// expected: [{"Name":"a","N":1},{"Name":"b","N":2}]
var rows = new[] { "a", "b" }.Select((s, i) => new { Name = s, N = i + 1 }).ToList();
return rows;

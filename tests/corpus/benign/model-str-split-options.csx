// what: Split with options, trim entries, char array separators
// input: 
// expected: "a|b|c|d"
var line = " a, b,,c ;d ";
var parts = line.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
return string.Join("|", parts);

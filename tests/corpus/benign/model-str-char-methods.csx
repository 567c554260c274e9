// what: char methods counting kinds of characters
// input: 
// expected: "letters=12 digits=3 upper=2 spaces=3 punct=2"
var s = "Hello World 123, ok!";
int letters = s.Count(char.IsLetter);
int digits = s.Count(c => char.IsDigit(c));
int upper = s.Count(char.IsUpper);
int spaces = s.Count(char.IsWhiteSpace);
int punct = s.Count(char.IsPunctuation);
return $"letters={letters} digits={digits} upper={upper} spaces={spaces} punct={punct}";

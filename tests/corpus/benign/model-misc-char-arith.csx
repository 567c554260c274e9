// what: Caesar cipher with char arithmetic
// input: 
// expected: "Khoor, Zruog!"
string Shift(string s, int k) => new string(s.Select(c =>
    char.IsUpper(c) ? (char)('A' + (c - 'A' + k) % 26) :
    char.IsLower(c) ? (char)('a' + (c - 'a' + k) % 26) : c).ToArray());
return Shift("Hello, World!", 3);

// what: string.IsNullOrEmpty/WhiteSpace, string.Empty, char.ToString, ToCharArray, string.Join of objects
// input: 
// expected: "True True 0 a,b,1,True"
string? s = null;
var e = string.IsNullOrEmpty(s);
var w = string.IsNullOrWhiteSpace("  ");
var len = string.Empty.Length;
var joined = string.Join(",", new object[] { 'a', "b", 1, true });
return $"{e} {w} {len} {joined}";

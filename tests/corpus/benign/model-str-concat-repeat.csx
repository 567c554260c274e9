// what: string concat, new string(char,count), string.Concat of enumerable
// input: 
// expected: "*****|abc|a-b-c"
var stars = new string('*', 5);
var abc = string.Concat(new[] { "a", "b", "c" });
var dashed = string.Join('-', abc.ToCharArray());
return stars + "|" + abc + "|" + dashed;

// what: Substring, IndexOf, Contains, StartsWith, PadLeft, ToUpper, Trim, Replace, range
// input: 
// expected: "WORLD|6|True|True|00042|abc|hello_world|lo"
var s = "  hello world  ".Trim();
var up = s.Substring(6).ToUpperInvariant();
var idx = s.IndexOf("world", StringComparison.Ordinal);
var has = s.Contains("lo w");
var st = s.StartsWith("he", StringComparison.OrdinalIgnoreCase);
var pad = 42.ToString().PadLeft(5, '0');
var low = "ABC".ToLowerInvariant();
var rep = s.Replace(' ', '_');
var slice = s[3..5];
return string.Join("|", up, idx, has, st, pad, low, rep, slice);

// what: nullable reference and value types, ?? and ?. and ??=
// input: 
// expected: "default 0 5 none"
#nullable enable
string? name = null;
int? maybe = null;
var dict = new Dictionary<string, string?> { ["a"] = null };
string display = name ?? "default";
int len = name?.Length ?? 0;
maybe ??= 5;
string? v = dict.GetValueOrDefault("a") ?? "none";
return $"{display} {len} {maybe} {v}";

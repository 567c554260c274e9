// what: immutable collections (ImmutableList builder, ImmutableDictionary SetItem, ImmutableStack) and FrozenDictionary/FrozenSet lookups
// input: 
// expected: "5 4,9,16,25,36 2.5 3 1 b a 3 2 3"
using System.Collections.Frozen;
using System.Collections.Immutable;

var builder = ImmutableList.CreateBuilder<int>();
for (int i = 1; i <= 5; i++) builder.Add(i * i);
ImmutableList<int> squares = builder.ToImmutable();
ImmutableList<int> more = squares.Add(36).Remove(1);

var prices = ImmutableDictionary<string, decimal>.Empty.Add("tea", 2.5m).Add("cake", 4m);
var updated = prices.SetItem("tea", 3m).Remove("cake");

var stack = ImmutableStack<string>.Empty.Push("a").Push("b");
var popped = stack.Pop(out string top);

var codes = new Dictionary<string, int> { ["red"] = 1, ["green"] = 2, ["blue"] = 3 }.ToFrozenDictionary();
var vowels = "aeiou".ToFrozenSet();
ImmutableArray<string> names = ["x", "y"];
return $"{squares.Count} {string.Join(",", more)} {prices["tea"]} {updated["tea"]} {updated.Count} {top} {popped.Peek()} {codes["blue"]} {"chain".Count(vowels.Contains)} {names.Add("z").Length}";

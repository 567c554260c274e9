// what: LINQ set and ordering operators: DistinctBy, UnionBy, ExceptBy, IntersectBy, Order, OrderDescending, SkipLast, TakeLast, SequenceEqual
// input: 
// expected: "ann,bob,dee | ann,bob,cid,dee,eve,fay | ann,cid,dee | Oslo | 25,31,38 | bob,ann | True"
var people = new[]
{
    (Name: "ann", City: "Oslo", Age: 31), (Name: "bob", City: "Rome", Age: 25), (Name: "cid", City: "Oslo", Age: 44),
    (Name: "dee", City: "Lima", Age: 25), (Name: "eve", City: "Rome", Age: 38),
};
var banned = new[] { "bob", "eve" };
var others = new[] { (Name: "fay", City: "Kyiv", Age: 29), (Name: "ann", City: "Nice", Age: 50) };

var oneEachCity = people.DistinctBy(p => p.City).Select(p => p.Name);
var union = people.UnionBy(others, p => p.Name).Select(p => p.Name);
var allowed = people.ExceptBy(banned, p => p.Name).Select(p => p.Name);
var overlap = people.IntersectBy(others.Select(o => o.Name), p => p.Name).Select(p => p.City);
var ages = people.Select(p => p.Age).Order();
var middle = ages.Skip(1).SkipLast(1);
return $"{string.Join(",", oneEachCity)} | {string.Join(",", union)} | {string.Join(",", allowed)} | {string.Join(",", overlap)} | {string.Join(",", middle)} | {string.Join(",", people.Select(p => p.Name).OrderDescending().TakeLast(2))} | {ages.SequenceEqual([25, 25, 31, 38, 44])}";

// what: object_counting of vegetables with LINQ query syntax (from, let, where, group by, select)
// input: 
// expected: "fruit=7 [apple/banana]; vegetable=7 [carrot/head of broccoli/potato/stalk of celery/yam]"
var items = new[] { ("potato", 2), ("carrot", 1), ("apple", 3), ("head of broccoli", 1), ("stalk of celery", 2), ("yam", 1), ("banana", 4) };
var kinds = new Dictionary<string, string>
{
    ["potato"] = "vegetable", ["carrot"] = "vegetable", ["head of broccoli"] = "vegetable", ["stalk of celery"] = "vegetable",
    ["yam"] = "vegetable", ["apple"] = "fruit", ["banana"] = "fruit",
};
var byKind =
    from item in items
    let kind = kinds[item.Item1]
    group item by kind into g
    orderby g.Key
    select new { Kind = g.Key, Count = g.Sum(x => x.Item2), Names = string.Join("/", from x in g orderby x.Item1 select x.Item1) };
return string.Join("; ", byKind.Select(k => $"{k.Kind}={k.Count} [{k.Names}]"));

// what: HashSet set operations
// input: 
// expected: "2,3|1,2,3,4|False|True"
var a = new HashSet<int> { 1, 2, 3 };
var b = new HashSet<int>(new[] { 2, 3, 4 });
var inter = new HashSet<int>(a); inter.IntersectWith(b);
var uni = new HashSet<int>(a); uni.UnionWith(b);
bool added = a.Add(2);
bool sub = inter.IsSubsetOf(a);
return $"{string.Join(",", inter.Order())}|{string.Join(",", uni.Order())}|{added}|{sub}";

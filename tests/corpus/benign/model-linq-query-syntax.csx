// what: LINQ query syntax with let, where, orderby, group
// input: 
// expected: "3:cat,dog;5:horse,mouse"
var words = new[] { "horse", "cat", "mouse", "dog" };
var q = from w in words
        let len = w.Length
        where len > 2
        orderby w
        group w by len into g
        orderby g.Key
        select $"{g.Key}:{string.Join(",", g)}";
return string.Join(";", q);

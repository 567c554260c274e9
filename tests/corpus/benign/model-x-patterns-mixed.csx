// what: property, relational, list, and/or/not and type patterns in a classifier
// input: 
// expected: ["null","int out of range -5","int out of range 2000","even int","odd int","empty string","short string abc","long string pat...","empty array","singleton 9","bookends","array rest 2","express big order","gift for Ben","order Cy 5","letter","symbol","unknown"]
record Order(string Customer, decimal Total, string[] Items, bool Express);

static string Classify(object? o) => o switch
{
    null => "null",
    int n and (< 0 or > 1000) => $"int out of range {n}",
    int n when n % 2 == 0 => "even int",
    int => "odd int",
    string { Length: 0 } => "empty string",
    string s and not { Length: > 5 } => $"short string {s}",
    string s => $"long string {s[..3]}...",
    int[] and [] => "empty array",
    int[] and [var only] => $"singleton {only}",
    int[] and [var first, .., var last] when first == last => "bookends",
    int[] and [_, _, .. var rest] => $"array rest {rest.Length}",
    Order { Express: true, Total: >= 100m } => "express big order",
    Order { Items: [.., "gift"] } o2 => $"gift for {o2.Customer}",
    Order { Customer: var c, Total: var t } => $"order {c} {t}",
    char c and (>= 'a' and <= 'z' or >= 'A' and <= 'Z') => "letter",
    char => "symbol",
    _ => "unknown",
};

object?[] samples =
[
    null, -5, 2000, 12, 7, "", "abc", "pattern", Array.Empty<int>(), new[] { 9 },
    new[] { 3, 1, 3 }, new[] { 1, 2, 3, 4 },
    new Order("Ann", 150m, ["book"], true),
    new Order("Ben", 20m, ["card", "gift"], false),
    new Order("Cy", 5m, ["pen"], false),
    'q', '#', 3.14,
];
return samples.Select(Classify).ToArray();

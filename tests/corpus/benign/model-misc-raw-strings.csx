// what: raw string literals, verbatim strings, multi-line split
// input: 
// expected: 3
var text = """
    alpha
    beta
    gamma
    """;
var path = @"C:\not\a\real\path";
var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
return lines.Length;

// what: list patterns with slices
// input: 
// expected: "empty;one:1;starts1ends3;first=5,rest=2"
string Classify(int[] xs) => xs switch
{
    [] => "empty",
    [var x] => $"one:{x}",
    [1, .., 3] => "starts1ends3",
    [var first, .. var rest] => $"first={first},rest={rest.Length}",
};
var cases = new[] { new int[0], new[] { 1 }, new[] { 1, 2, 3 }, new[] { 5, 6, 7 } };
return string.Join(";", cases.Select(Classify));

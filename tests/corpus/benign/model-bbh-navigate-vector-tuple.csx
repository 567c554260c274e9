// what: navigate with always-face-forward moves as tuples, Aggregate and Regex captures
// input: 
// expected: "Yes"
string question = "If you follow these instructions, do you return to the starting point? Always face forward. Take 7 steps left. Take 2 steps backward. Take 7 steps backward. Take 7 steps right. Take 9 steps forward.";
var moves = Regex.Matches(question, @"Take (\d+) steps? (left|right|forward|backward)", RegexOptions.None, TimeSpan.FromSeconds(1))
    .Select(m => (Steps: int.Parse(m.Groups[1].Value), Way: m.Groups[2].Value))
    .Select(m => m.Way switch
    {
        "left" => (dx: -m.Steps, dy: 0),
        "right" => (dx: m.Steps, dy: 0),
        "forward" => (dx: 0, dy: m.Steps),
        _ => (dx: 0, dy: -m.Steps),
    });
var end = moves.Aggregate((x: 0, y: 0), (acc, d) => (acc.x + d.dx, acc.y + d.dy));
return end == (0, 0) ? "Yes" : $"No {end}";

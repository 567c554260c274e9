// what: BBH navigate: a record struct position with heading, instructions parsed by a switch expression, back to start or not
// input: Always face forward. Take 3 steps left. Take 10 steps right. Take 7 steps left. Turn around. Take 2 steps. Turn right. Take 2 steps. Turn left. Turn left. Take 2 steps. Turn around. Take 2 steps.
// expected: "No State { X = -2, Y = -2, Dx = -1, Dy = 0 }"
readonly record struct State(int X, int Y, int Dx, int Dy)
{
    public State Move(int n, int dx, int dy) => this with { X = X + n * dx, Y = Y + n * dy };
    public State Turn(bool right) => right ? this with { Dx = Dy, Dy = -Dx } : this with { Dx = -Dy, Dy = Dx };
}

var state = new State(0, 0, 0, 1);
var stepRegex = new Regex(@"Take (\d+) steps?(?: (left|right|forward|backward))?", RegexOptions.None, TimeSpan.FromSeconds(1));
foreach (var sentence in Input.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    state = sentence switch
    {
        "Turn around" => state.Turn(true).Turn(true),
        "Turn right" => state.Turn(true),
        "Turn left" => state.Turn(false),
        "Always face forward" => state,
        _ when stepRegex.Match(sentence) is { Success: true } m => m.Groups[2].Value switch
        {
            "left" => state.Move(int.Parse(m.Groups[1].Value), -1, 0),
            "right" => state.Move(int.Parse(m.Groups[1].Value), 1, 0),
            "backward" => state.Move(int.Parse(m.Groups[1].Value), 0, -1),
            _ => state.Move(int.Parse(m.Groups[1].Value), state.Dx, state.Dy),
        },
        _ => throw new InvalidOperationException(sentence),
    };
}
return $"{(state.X == 0 && state.Y == 0 ? "Yes" : "No")} {state}";

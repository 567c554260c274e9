// what: navigate tracks a position with an enum Direction, a record struct and a switch on instructions
// input: 
// expected: "Pos { X = 6, Y = 0 } facing East: No"
enum Direction { North, East, South, West }
record struct Pos(int X, int Y);

string instructions = "Always face forward. Take 3 steps. Turn right. Take 5 steps. Turn around. Take 2 steps. Turn left. Take 3 steps. Turn left. Take 3 steps.";
var pos = new Pos(0, 0);
var facing = Direction.North;
foreach (var sentence in instructions.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    var words = sentence.Split(' ');
    switch (words)
    {
        case ["Turn", "right"]: facing = (Direction)(((int)facing + 1) % 4); break;
        case ["Turn", "left"]: facing = (Direction)(((int)facing + 3) % 4); break;
        case ["Turn", "around"]: facing = (Direction)(((int)facing + 2) % 4); break;
        case ["Take", var n, _]:
            int steps = int.Parse(n);
            pos = facing switch
            {
                Direction.North => pos with { Y = pos.Y + steps },
                Direction.South => pos with { Y = pos.Y - steps },
                Direction.East => pos with { X = pos.X + steps },
                _ => pos with { X = pos.X - steps },
            };
            break;
    }
}
return $"{pos} facing {facing}: {(pos == new Pos(0, 0) ? "Yes" : "No")}";

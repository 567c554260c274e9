// Question: If you follow these instructions, do you return to the starting point? Take 7 steps. Turn around. Take 7 steps.
// Expected: Yes
var instructions = new[] { "Take 7 steps", "Turn around", "Take 7 steps" };
int position = 0;
int direction = 1;
foreach (var instruction in instructions)
{
    if (is_turn_around(instruction))
    {
        direction = -direction;
        continue;
    }
    var steps = steps_in(instruction);
    position += direction * steps;
}
Console.WriteLine($"final position: {position}");
return position == 0 ? "Yes" : "No";

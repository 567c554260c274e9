// BIG-Bench Hard "navigate": do the instructions lead back to the starting point?
// Input: "If you follow these instructions, do you return to the starting point? Turn left. Take 7 steps.
// ...\nOptions:\n- Yes\n- No". Returns "Yes" or "No".
// Instructions: "Always face forward.", "Turn left|right|around.", "Take N step(s) [forward|backward|left|right]."
string text = Input;
int optionsAt = text.IndexOf("Options:", StringComparison.Ordinal);
if (optionsAt >= 0)
{
    text = text[..optionsAt];
}

int questionEnd = text.IndexOf('?');
string instructions = questionEnd >= 0 ? text[(questionEnd + 1)..] : text;

var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
{
    ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
    ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
};

// Facing: 0 = north, 1 = east, 2 = south, 3 = west (a quarter turn right adds 1).
int facing = 0;
long x = 0;
long y = 0;
foreach (string sentence in instructions.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    string[] words = sentence.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (words.Length == 0 || sentence == "Always face forward")
    {
        continue;
    }

    if (words[0] == "turn" && words.Length == 2)
    {
        facing = words[1] switch
        {
            "left" => (facing + 3) % 4,
            "right" => (facing + 1) % 4,
            "around" => (facing + 2) % 4,
            _ => throw new FormatException($"unknown turn '{sentence}'"),
        };
        continue;
    }

    if (words[0] != "take" || words.Length < 3 || !words[2].StartsWith("step", StringComparison.Ordinal))
    {
        throw new FormatException($"unknown instruction '{sentence}'");
    }

    int steps = int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n
        : numbers.TryGetValue(words[1], out int named) ? named
        : throw new FormatException($"unknown number in '{sentence}'");
    int offset = words.Length == 3 ? 0 : words[3] switch
    {
        "forward" or "forwards" => 0,
        "right" => 1,
        "backward" or "backwards" or "back" => 2,
        "left" => 3,
        _ => throw new FormatException($"unknown direction in '{sentence}'"),
    };

    switch ((facing + offset) % 4)
    {
        case 0: y += steps; break;
        case 1: x += steps; break;
        case 2: y -= steps; break;
        default: x -= steps; break;
    }
}

Console.WriteLine($"ends at ({x}, {y})");
return x == 0 && y == 0 ? "Yes" : "No";

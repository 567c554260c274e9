// what: tracking_shuffled_objects applies swaps parsed with Regex to a Dictionary and deconstruction swap
// input: 
// expected: "Alice:pink, Bob:purple, Claire:white, Dave:yellow, Eve:red"
string story = "Alice, Bob, Claire, Dave, and Eve are playing a game. At the start, Alice has a pink ball, Bob has a white ball, Claire has a red ball, Dave has a purple ball, and Eve has a yellow ball. First, Alice and Dave swap balls. Then, Claire and Eve swap balls. Then, Alice and Bob swap balls. Then, Dave and Claire swap balls. Finally, Alice and Claire swap balls. At the end of the game, Alice has the";
var holds = Regex.Matches(story, @"(\w+) has an? (\w+) ball", RegexOptions.None, TimeSpan.FromSeconds(1)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
foreach (Match swap in Regex.Matches(story, @"(\w+) and (\w+) swap", RegexOptions.None, TimeSpan.FromSeconds(1)))
{
    string x = swap.Groups[1].Value, y = swap.Groups[2].Value;
    (holds[x], holds[y]) = (holds[y], holds[x]);
}
return string.Join(", ", holds.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value}"));

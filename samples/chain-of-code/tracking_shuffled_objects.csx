// BIG-Bench Hard "tracking_shuffled_objects" (three, five and seven objects): who holds what after the swaps?
// Input: "Alice, Bob, and Claire are playing a game. At the start of the game, they are each holding a ball:
// Alice has a yellow ball, Bob has a blue ball, and Claire has a pink ball.\nAs the game progresses, pairs of
// players trade balls. First, Claire and Alice swap balls. Then, ... At the end of the game, Bob has the\n
// Options:\n(A) yellow ball\n(B) blue ball\n(C) pink ball". Returns "(A)".
// Works for every story of the task (balls, presents, books, dance partners, soccer positions): the people are
// the subject of the first sentence, what each holds is the option their clause ends with, every later
// "X and Y" of two people is a swap, and the last person named before the options is the one asked about.
TimeSpan regexTimeout = TimeSpan.FromSeconds(1);

int optionsAt = Input.IndexOf("Options:", StringComparison.Ordinal);
if (optionsAt < 0)
{
    throw new FormatException("the question has no options");
}

string story = Input[..optionsAt];
var options = new List<(string Label, string Text)>();
foreach (Match option in Regex.Matches(Input[optionsAt..], @"^\(([A-Z])\)\s*(.+?)\s*$", RegexOptions.Multiline, regexTimeout))
{
    options.Add(($"({option.Groups[1].Value})", option.Groups[2].Value));
}

// "Alice, Bob, and Claire are ..." -> the people, in order.
int areAt = story.IndexOf(" are ", StringComparison.Ordinal);
string[] people = Regex.Split(story[..areAt], @",\s*and\s+|,\s*|\s+and\s+", RegexOptions.None, regexTimeout)
    .Select(name => name.Trim())
    .Where(name => name.Length > 0)
    .ToArray();
string anyPerson = "(?:" + string.Join("|", people.Select(Regex.Escape)) + ")";

// The opening assignment runs from the first colon to the end of its line (or sentence).
int colonAt = story.IndexOf(':', areAt);
int lineEnd = story.IndexOf('\n', colonAt);
if (lineEnd < 0)
{
    lineEnd = story.IndexOf(". ", colonAt, StringComparison.Ordinal);
}

string assignment = story[(colonAt + 1)..lineEnd].Trim().TrimEnd('.');
string events = story[lineEnd..];

// Each person's clause starts at their name (at the start or after a separator) and ends where the next one starts.
var clauseStarts = Regex.Matches(assignment, @"(?:^|,\s*(?:and\s+)?|\s+and\s+)(" + anyPerson + @")\b", RegexOptions.None, regexTimeout)
    .Select(m => (Person: m.Groups[1].Value, Start: m.Groups[1].Index))
    .ToList();
var holding = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i < clauseStarts.Count; i++)
{
    int end = i + 1 < clauseStarts.Count ? clauseStarts[i + 1].Start : assignment.Length;
    string clause = Regex.Replace(assignment[clauseStarts[i].Start..end], @"(,\s*(and)?|\s+and)\s*$", "", RegexOptions.None, regexTimeout).Trim();
    string item = options
        .Where(option => clause.EndsWith(option.Text, StringComparison.Ordinal))
        .OrderByDescending(option => option.Text.Length)
        .Select(option => option.Text)
        .FirstOrDefault()
        ?? throw new FormatException($"no option names what '{clause}' holds");
    holding[clauseStarts[i].Person] = item;
}

if (holding.Count != people.Length)
{
    throw new FormatException($"found what {holding.Count} of {people.Length} people hold");
}

// Every "X and Y" of two people after the opening is one swap, in order.
foreach (Match swap in Regex.Matches(events, @"\b(" + anyPerson + @") and (" + anyPerson + @")\b", RegexOptions.None, regexTimeout))
{
    string first = swap.Groups[1].Value;
    string second = swap.Groups[2].Value;
    (holding[first], holding[second]) = (holding[second], holding[first]);
    Console.WriteLine($"{first} <-> {second}: {first} has {holding[first]}, {second} has {holding[second]}");
}

// The question is about the last person named before the options.
Match asked = Regex.Matches(events, @"\b(" + anyPerson + @")\b", RegexOptions.None, regexTimeout).LastOrDefault()
    ?? throw new FormatException("the question names nobody");
string answer = holding[asked.Groups[1].Value];
return options.First(option => option.Text == answer).Label;

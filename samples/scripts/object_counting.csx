// expected: succeeded — BIG-Bench Hard "object_counting": count the items of one category.
// Question: I have a violin, two nectarines, a flute, a banana, an accordion, two strawberries,
// a clarinet, a drum, a trumpet, a piano, and a trombone. How many musical instruments do I have?
var numbers = new Dictionary<string, int> { ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4 };
var instruments = new HashSet<string> { "violin", "flute", "accordion", "clarinet", "drum", "trumpet", "piano", "trombone" };
string sentence = "a violin, two nectarines, a flute, a banana, an accordion, two strawberries, a clarinet, a drum, a trumpet, a piano, and a trombone";

int count = 0;
foreach (string part in sentence.Split(','))
{
    string[] tokens = part.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (tokens[0] == "and")
    {
        tokens = tokens[1..];
    }

    string item = tokens[^1].TrimEnd('s');
    if (instruments.Contains(item))
    {
        count += numbers[tokens[0]];
        Console.WriteLine($"{tokens[0]} {item}");
    }
}

return count;

// Question: I have a spider, two dogs and a chicken. How many legs are there in total?
// Expected: 18
var animals = new List<(string Name, int Count)> { ("spider", 1), ("dog", 2), ("chicken", 1) };
int legs = 0;
foreach (var (name, count) in animals)
{
    legs += count * CountLegs(name);
}
Console.WriteLine($"total legs: {legs}");
return legs;

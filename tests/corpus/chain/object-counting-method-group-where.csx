// Question: I have a banana, a violin, two apples, a flute, and a peach. How many fruits do I have?
// Expected: 4
var items = new List<string> { "banana", "violin", "apple", "apple", "flute", "peach" };
int fruits = items.Where(is_fruit).Count();
string[] counts = { "1", "2" };
int[] numbers = Array.ConvertAll(counts, to_number);
Func<string, bool> instrument = is_instrument;
int instruments = items.Count(instrument);
return fruits + numbers.Sum() - instruments - 1;

// Question: I have an apple, a chair, two bananas and a lamp. How many fruits do I have?
// Expected: 3
var items = new Dictionary<string, int> { ["apple"] = 1, ["chair"] = 1, ["banana"] = 2, ["lamp"] = 1 };
int total = items.Where(kv => IsFruit(kv.Key)).Sum(kv => kv.Value);
return total;

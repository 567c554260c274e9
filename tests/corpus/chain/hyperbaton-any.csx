// Question: Which sentence has the correct adjective order? (A) big old red car (B) red old big car
// Expected: (A)
var options = new Dictionary<string, string> { ["(A)"] = "big old red car", ["(B)"] = "red old big car" };
return options.First(o => HasCorrectAdjectiveOrder(o.Value)).Key;

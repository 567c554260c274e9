// Question: Among the penguins Louis (7), Bernard (5) and Vincent (9), who is the oldest?
// Expected: Vincent
Dictionary<string, int> ages = AgesOf("Louis is 7, Bernard is 5, Vincent is 9");
string oldest = ages.OrderByDescending(p => p.Value).First().Key;
return oldest;

// Question: In a golf tournament, there were five golfers: Rob, Ada, Dan, Joe, and Mel. Ada finished above Mel. Mel finished above Dan. Joe finished below Dan. Ada finished second. Which golfer finished third? Options: (A) Rob (B) Ada (C) Dan (D) Joe (E) Mel
// Expected: (E)
var golfers = new List<string> { "Rob", "Ada", "Dan", "Joe", "Mel" };
var ranking = rank_golfers("Ada finished above Mel. Mel finished above Dan. Joe finished below Dan. Ada finished second.");
string third = ranking.First(kv => kv.Value == 3).Key;
int index = golfers.IndexOf(third);
return $"({(char)('A' + index)})";

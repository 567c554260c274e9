// what: GroupBy with count and element selector
// input: 
// expected: {"even":3,"odd":4}
var nums = Enumerable.Range(1, 7);
var groups = nums.GroupBy(n => n % 2 == 0 ? "even" : "odd")
                 .ToDictionary(g => g.Key, g => g.Count());
return groups;

// what: Distinct, Skip, Take, Any, All, First, Last, Min, Max, Average, Count with predicate
// input: 
// expected: "5 True False 1 9 4.5 3 [1,4]"
int[] data = { 5, 3, 9, 1, 3, 5, 4, 6 };
var distinct = data.Distinct().Count();
bool any = data.Any(x => x > 8);
bool all = data.All(x => x > 1);
int min = data.Min();
int max = data.Max();
double avg = data.Average();
int big = data.Count(x => x > 4);
var mid = data.Skip(1).Take(4).Where(x => x < 5).Distinct().OrderBy(x => x).ToList();
return $"{distinct - 1} {any} {all} {min} {max} {avg} {big - 1} [{string.Join(",", mid.Take(1).Append(4))}]";

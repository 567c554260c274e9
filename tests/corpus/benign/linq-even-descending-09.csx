// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "42,40"
int[] numbers = [40, 41, 42];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

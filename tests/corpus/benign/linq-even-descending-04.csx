// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "6"
int[] numbers = [5, 5, 5, 6];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "8,4"
int[] numbers = [3, 8, 1, 9, 4];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

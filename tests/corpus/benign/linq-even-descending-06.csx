// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "8,6,4"
int[] numbers = [9, 8, 7, 6, 5, 4];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

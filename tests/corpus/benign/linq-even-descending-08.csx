// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "8,6,4,2"
int[] numbers = [1, 2, 3, 4, 5, 6, 7, 8];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

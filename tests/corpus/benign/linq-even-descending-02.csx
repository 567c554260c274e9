// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "6,4,2"
int[] numbers = [2, 4, 6, 7];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

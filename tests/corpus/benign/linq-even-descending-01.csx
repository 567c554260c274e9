// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "20,10"
int[] numbers = [10, 15, 20, 25];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

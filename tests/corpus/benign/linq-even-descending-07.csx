// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "30,18,12"
int[] numbers = [12, 30, 18];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

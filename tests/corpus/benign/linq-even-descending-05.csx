// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: "100,50,2"
int[] numbers = [100, 1, 50, 2];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

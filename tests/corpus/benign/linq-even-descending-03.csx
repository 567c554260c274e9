// what: LINQ: the even numbers of a list, descending, joined
// input: 
// expected: ""
int[] numbers = [11, 13, 17];
return string.Join(",", numbers.Where(n => n % 2 == 0).OrderByDescending(n => n));

// what: iterator with yield return and yield break, Take on infinite sequence
// input: 
// expected: "0,1,1,2,3,5,8,13|1,2,3"
IEnumerable<long> Fib()
{
    long a = 0, b = 1;
    while (true)
    {
        yield return a;
        (a, b) = (b, a + b);
    }
}
IEnumerable<int> UpTo(int n)
{
    for (int i = 1; ; i++)
    {
        if (i > n) yield break;
        yield return i;
    }
}
return $"{string.Join(",", Fib().Take(8))}|{string.Join(",", UpTo(3))}";

// what: a whole program whose public static int Main returns the answer, with a helper class
// input: 
// expected: 42
using System;
using System.Collections.Generic;

public static class Helpers
{
    public static int Triple(int x) => x * 3;
}

public class Program
{
    public static int Main()
    {
        var values = new List<int> { 4, 5, 5 };
        int total = 0;
        foreach (var v in values) total += Helpers.Triple(v);
        return total;
    }
}

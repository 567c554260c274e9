// what: a whole program with class Program and static void Main printing its answer
// input: 
// expected: null
using System;
using System.Linq;

class Program
{
    static void Main(string[] args)
    {
        var numbers = new[] { 3, 1, 2 };
        Console.WriteLine(numbers.Sum());
    }
}

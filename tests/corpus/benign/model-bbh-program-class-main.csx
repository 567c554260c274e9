// what: a model writes a whole program: namespace-free class Program with static helpers and Main printing the answer
// input: 
// expected: null
using System;
using System.Collections.Generic;
using System.Linq;

public class Program
{
    static int CountVowels(string s) => s.Count(c => "aeiouAEIOU".IndexOf(c) >= 0);

    public static void Main(string[] args)
    {
        var words = new List<string> { "banana", "sky", "education", "rhythm" };
        var best = words.OrderByDescending(CountVowels).First();
        Console.WriteLine($"The word with the most vowels is {best} ({CountVowels(best)}).");
    }
}

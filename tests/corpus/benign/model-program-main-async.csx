// what: a whole program with static async Task<int> Main
// input: 
// expected: 10
internal class Solution
{
    private static async Task<int> Compute(int n)
    {
        await Task.CompletedTask;
        return n * (n + 1) / 2;
    }

    private static async Task<int> Main(string[] args)
    {
        Console.WriteLine("computing");
        return await Compute(4);
    }
}

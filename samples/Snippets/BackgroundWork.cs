using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Snippets;

/// <summary>COC0007: background work and sleeping, which outlive the host's time budget.</summary>
public static class BackgroundWork
{
    public static int SumOfSquares(int n)
    {
        Task<int> work = Task.Run(() => Enumerable.Range(1, n).Sum(i => i * i));
        return work.Result;
    }

    public static void WaitForRateLimit() => Thread.Sleep(1000);
}

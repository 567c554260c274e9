using System.Runtime.InteropServices;

namespace Snippets;

/// <summary>COC0005: a native call and pointer arithmetic "for speed".</summary>
public static partial class NativeCode
{
    [DllImport("libc")]
    private static extern int getpid();

    public static int ProcessId() => getpid();

    public static unsafe long Sum(int[] values)
    {
        long total = 0;
        fixed (int* start = values)
        {
            for (int* p = start; p < start + values.Length; p++)
            {
                total += *p;
            }
        }

        return total;
    }
}

using System;

namespace Snippets;

/// <summary>COC0008: waiting for console input that never comes in a sandbox.</summary>
public static class AskTheUser
{
    public static int ReadNumber()
    {
        Console.Write("Number: ");
        string? line = Console.ReadLine();
        return int.TryParse(line, out int value) ? value : 0;
    }
}

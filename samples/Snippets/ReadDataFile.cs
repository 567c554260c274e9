using System.IO;
using System.Linq;

namespace Snippets;

/// <summary>COC0001: the model "helpfully" loads the data from disk instead of using its inputs.</summary>
public static class ReadDataFile
{
    public static double AverageOfColumn(string path, int column)
    {
        string[] lines = File.ReadAllLines(path);
        return lines.Skip(1).Select(line => double.Parse(line.Split(',')[column])).Average();
    }

    public static string FirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine() ?? string.Empty;
    }
}

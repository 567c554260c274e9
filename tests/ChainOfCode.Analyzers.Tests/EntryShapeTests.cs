using ChainOfCode.Analyzers.Rules;

namespace ChainOfCode.Analyzers.Tests;

/// <summary>One reading of a symbol line's ID, shared by the symbol index and the COC0091 resolver.</summary>
public class EntryShapeTests
{
    [Theory]
    [InlineData('N', "System.IO", "Namespace", "System.IO", "", null)]
    [InlineData('N', "System.IO.*", "NamespaceAndBelow", "System.IO", "", null)]
    [InlineData('T', "System.IO.File", "Type", "System.IO.File", "", null)]
    [InlineData('T', "System.IO.File*", "TypePrefix", "System.IO", "File", null)]
    [InlineData('T', "Global*", "TypePrefix", "", "Global", null)]
    [InlineData('M', "System.IO.File.*", "AllMembers", "System.IO.File", "", null)]
    [InlineData('M', "System.IO.File.Read*", "MemberPrefix", "System.IO.File", "Read", null)]
    [InlineData('P', "System.Environment.MachineName", "Member", "System.Environment", "MachineName", null)]
    [InlineData('M', "System.IO.StreamReader.#ctor(System.String)", "Signature", "System.IO.StreamReader", ".ctor", "M:System.IO.StreamReader.#ctor(System.String)")]
    public void Reads_container_name_signature_and_wildcard(char kind, string id, string shape, string container, string name, string? signature)
    {
        EntryShape read = EntryShape.Parse(kind, id);

        Assert.Equal((shape, container, name, signature), (read.Kind.ToString(), read.Container, read.Name, read.Signature));
    }
}

namespace ChainOfCode.Analyzers.Tests;

/// <summary>COC0001: every family of the file-system row.</summary>
public class FileSystemRuleTests
{
    [Fact]
    public Task File_directory_and_info_types() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            void M(string p)
            {
                {|COC0001:File.ReadAllText(p)|};
                {|COC0001:File.WriteAllBytes(p, new byte[0])|};
                {|COC0001:Directory.GetFiles(p)|};
                {|COC0001:new DirectoryInfo(p)|};
                {|COC0001:DriveInfo.GetDrives()|};
                {|COC0001:new FileSystemWatcher(p)|};
                {|COC0001:File.OpenHandle(p)|};
                {|COC0001:new FileStream(p, FileMode.Open)|};
            }
        }
        """);

    [Fact]
    public Task Stream_reader_and_writer_only_with_a_path() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            void M(string p, Stream s)
            {
                {|COC0001:new StreamReader(p)|};
                {|COC0001:new StreamWriter(p, true)|};
                new StreamReader(s);
                new StreamWriter(new MemoryStream());
                new StringReader(p);
            }
        }
        """);

    [Fact]
    public Task Path_members_that_touch_or_reveal_the_disk() => Verify.Analyzer("""
        using System.IO;
        class C
        {
            void M(string p)
            {
                {|COC0001:Path.GetTempFileName()|};
                {|COC0001:Path.GetTempPath()|};
                {|COC0001:Path.GetFullPath(p)|};
                Path.Combine("a", "b");
                Path.GetExtension(p);
            }
        }
        """);

    [Fact]
    public Task Isolated_storage_memory_mapped_files_pipes_and_zip() => Verify.Analyzer("""
        class C
        {
            void M(string p)
            {
                {|COC0001:System.IO.IsolatedStorage.IsolatedStorageFile.GetUserStoreForApplication()|};
                {|COC0001:System.IO.MemoryMappedFiles.MemoryMappedFile.CreateNew("m", 10)|};
                {|COC0001:new System.IO.Pipes.NamedPipeClientStream("p")|};
                {|COC0001:System.IO.Compression.ZipFile.OpenRead(p)|};
                {|COC0001:System.IO.RandomAccess.GetLength(null!)|};
            }
        }
        """);

    [Fact]
    public Task Xml_loading_from_a_path_but_not_from_a_string() => Verify.Analyzer("""
        using System.Xml;
        using System.Xml.Linq;
        class C
        {
            void M(string p)
            {
                {|COC0001:XDocument.Load(p)|};
                {|COC0001:new XmlDocument().Load(p)|};
                {|COC0001:XmlReader.Create(p)|};
                XDocument.Parse("<a/>");
                new XmlDocument().LoadXml("<a/>");
                XmlReader.Create(new System.IO.StringReader("<a/>"));
            }
        }
        """);
}

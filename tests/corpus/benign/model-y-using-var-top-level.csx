// what: top-level using declarations (using var) over a StringReader and a StringWriter to reformat a config text
// input: 
// expected: "line 6: duplicate name|name=billing;port=8080;timeout=30;"
using System.IO;

const string config = "# service settings\nname = billing\nport=8080\n\n  timeout = 30 \nname = override\n";
using var reader = new StringReader(config);
using var writer = new StringWriter();
var settings = new Dictionary<string, string>();
int lineNo = 0;
string? line;
while ((line = reader.ReadLine()) is not null)
{
    lineNo++;
    line = line.Trim();
    if (line.Length == 0 || line.StartsWith('#')) continue;
    var eq = line.IndexOf('=');
    if (eq < 0) { writer.WriteLine($"line {lineNo}: no '='"); continue; }
    var key = line[..eq].Trim();
    var value = line[(eq + 1)..].Trim();
    if (!settings.TryAdd(key, value)) writer.WriteLine($"line {lineNo}: duplicate {key}");
}
foreach (var (k, v) in settings.OrderBy(kv => kv.Key)) writer.Write($"{k}={v};");
return writer.ToString().ReplaceLineEndings("|");

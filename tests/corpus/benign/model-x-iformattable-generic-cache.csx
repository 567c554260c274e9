// what: a custom IFormattable type with format strings, a generic class with a static per-type counter and nullable chains
// input: 
// expected: {"formatted":"10500 m = 10.5 km = 6.52 mi","interpolated":"10.5 km|3.14 m","badFormat":"unknown format 'ft'","ints":2,"strings":1,"chain":"Grace anon 0 True lead","devTags":1}
sealed class Distance(double meters) : IFormattable
{
    public double Meters { get; } = meters;
    public string ToString(string? format, IFormatProvider? provider) => (format ?? "m") switch
    {
        "m" => Meters.ToString("0.##", provider) + " m",
        "km" => (Meters / 1000).ToString("0.###", provider) + " km",
        "mi" => (Meters / 1609.344).ToString("0.00", provider) + " mi",
        var f => throw new FormatException($"unknown format '{f}'"),
    };
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}

class Registry<T>
{
    public static int Created;
    public T Value { get; }
    public Registry(T value) { Value = value; Created++; }
}

class Person { public string? Name; public Person? Manager; public List<string>? Tags; }

var run = new Distance(10_500);
string formatted = string.Format(CultureInfo.InvariantCulture, "{0} = {0:km} = {0:mi}", run);
string interpolated = FormattableString.Invariant($"{run:km}|{new Distance(3.14159)}");
string badFormat;
try { _ = run.ToString("ft", null); badFormat = "?"; } catch (FormatException e) { badFormat = e.Message; }

_ = new Registry<int>(1); _ = new Registry<int>(2); _ = new Registry<string>("x");
var boss = new Person { Name = "Grace", Tags = ["lead"] };
var dev = new Person { Name = "Linus", Manager = boss };
var intern = new Person { Manager = dev };
string chain = $"{intern.Manager?.Manager?.Name} {intern.Name ?? "anon"} {dev.Tags?.Count ?? 0} {intern.Manager?.Manager?.Manager?.Name is null} {boss.Tags?[0]}";
dev.Tags ??= new List<string>();
dev.Tags.Add("kernel");
return new { formatted, interpolated, badFormat, ints = Registry<int>.Created, strings = Registry<string>.Created, chain, devTags = dev.Tags.Count };

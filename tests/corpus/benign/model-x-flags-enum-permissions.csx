// what: [Flags] enum permissions with bitwise ops, HasFlag, Enum.GetValues<T>, parsing and switch on flags
// input: 
// expected: {"descriptions":["guest:viewer","dev:editor","admin:full control","bot:odd"],"parsed":"Read, Execute","parsedValue":5,"ok":true,"w":"Write","dev":"ReadWrite","individual":["Read","Write","Execute","Delete"],"names":7,"defined":false}
using System.Numerics;
[Flags]
enum Permission
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    Delete = 8,
    ReadWrite = Read | Write,
    All = Read | Write | Execute | Delete,
}

static string Describe(Permission p) => p switch
{
    Permission.None => "no access",
    Permission.All => "full control",
    _ when p.HasFlag(Permission.Delete) => "can delete",
    _ when (p & Permission.ReadWrite) == Permission.ReadWrite => "editor",
    _ when p.HasFlag(Permission.Read) => "viewer",
    _ => "odd",
};

var roles = new Dictionary<string, Permission>
{
    ["guest"] = Permission.Read,
    ["dev"] = Permission.ReadWrite | Permission.Execute,
    ["admin"] = Permission.All,
    ["bot"] = Permission.Execute,
};

var parsed = Enum.Parse<Permission>("Read, Execute");
bool ok = Enum.TryParse<Permission>("Write", out var w);
var dev = roles["dev"] & ~Permission.Execute;
var individual = Enum.GetValues<Permission>().Where(v => v != 0 && BitOperations.IsPow2((int)v)).Select(v => v.ToString());
return new
{
    descriptions = roles.Select(kv => $"{kv.Key}:{Describe(kv.Value)}").ToArray(),
    parsed = parsed.ToString(),
    parsedValue = (int)parsed,
    ok,
    w = w.ToString(),
    dev = dev.ToString(),
    individual = individual.ToArray(),
    names = Enum.GetNames<Permission>().Length,
    defined = Enum.IsDefined(typeof(Permission), 16),
};

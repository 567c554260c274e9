using ChainOfCode.Tests.Shared;

namespace ChainOfCode.Runtime.Tests;

/// <summary>
/// Keys built to collide under the default hash, given to one library call that builds or merges a hash collection:
/// every key's insertion is followed by a checkpoint, so the run ends at its deadline from a checkpoint (not abandoned
/// by the watchdog), and an ordinary program gets the same results.
/// </summary>
public sealed class HashedKeyTests
{
    public static TheoryData<string> Attacks => [.. HostileCorpus.All.Where(s => s.Name.StartsWith("slow-calls--hash-collisions-", StringComparison.Ordinal)).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Colliding_keys_in_one_bulk_call_end_at_the_deadline_from_a_checkpoint(string name)
    {
        CorpusScript script = HostileCorpus.Named(name);

        ScriptResult result = await Scripts.RunAsync(script.Code, new RunOptions { Limits = script.Limits });

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.DoesNotContain("abandoned", result.Error ?? string.Empty, StringComparison.Ordinal);
    }

    // Routes the corpus has no file of: a library method group run by an Array method, a hashing call whose receiver
    // starts with a member binding in a ?. chain, FrozenSet.Create of an array with a comparer (each abandoned on main at b8cc54b).
    [Theory]
    [InlineData("var keys = new long[400_000]; for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); } var set = new HashSet<long>(); for (int i = 0; i < 20_000; i++) { set.Add(keys[i]); } return Array.FindAll(keys, set.Contains).Length;")]
    [InlineData("var h = new H(); for (long i = 0; i < h.Keys.Length; i++) { h.Keys[i] = i | (i << 32); } return h?.Keys.ToHashSet().Count; class H { public long[] Keys = new long[400_000]; }")]
    [InlineData("using System.Collections.Frozen;\nvar keys = new long[400_000]; for (long i = 0; i < keys.Length; i++) { keys[i] = i | (i << 32); } return FrozenSet.Create(EqualityComparer<long>.Default, keys).Count;")]
    public async Task Colliding_keys_through_other_routes_end_at_the_deadline_from_a_checkpoint(string code)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = RunLimits.Default with { Timeout = TimeSpan.FromSeconds(2), AbandonGrace = TimeSpan.FromSeconds(10) } });

        Scripts.AssertStatus(ScriptStatus.Timeout, result);
        Assert.DoesNotContain("abandoned", result.Error ?? string.Empty, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Results => new()
    {
        { "var keys = Enumerable.Range(0, 1000).Select(i => (long)(i % 300)).ToArray(); return new HashSet<long>(keys).Count.ToString();", "300" },
        { "var keys = new List<int> { 3, 1, 3, 2, 1 }; return string.Join(\",\", keys.Distinct()) + \"|\" + keys.ToHashSet().Count;", "3,1,2|3" },
        { "var a = new[] { 1, 2, 3, 4 }; var b = new List<int> { 3, 4, 5 }; return string.Join(\",\", a.Union(b)) + \"|\" + string.Join(\",\", a.Intersect(b)) + \"|\" + string.Join(\",\", a.Except(b));", "1,2,3,4,5|3,4|1,2" },
        { "var s = new HashSet<int> { 1, 2, 3 }; s.UnionWith(new[] { 3, 4 }); s.ExceptWith(new List<int> { 1 }); var t = new HashSet<int>(s); s.IntersectWith(t); bool sub = s.IsSubsetOf(t), eq = s.SetEquals(new[] { 2, 3, 4 }); s.IntersectWith(new List<int>()); return $\"{t.Count} {sub} {eq} {s.Count}\";", "3 True True 0" },
        { "var pairs = new[] { new KeyValuePair<long, string>(1, \"a\"), new(2, \"b\") }; var d = new Dictionary<long, string>(pairs); var e = new Dictionary<long, string>(d); var f = new Dictionary<long, string>(new SortedDictionary<long, string>(d)); return d[2] + e[1] + f.Count + pairs.ToDictionary(p => p.Value, p => p.Key)[\"b\"];", "ba22" },
        { "var words = new[] { \"a\", \"bb\", \"c\", \"dd\", \"eee\" }; return string.Join(\";\", words.GroupBy(w => w.Length).Select(g => g.Key + \":\" + string.Join(\",\", g))) + \"|\" + words.ToLookup(w => w[0])['d'].Single();", "1:a,c;2:bb,dd;3:eee|dd" },
        { "var keys = new long[] { 5, 6, 5 }; HashSet<long> set = [.. keys, 7]; return set.Count + \"|\" + keys.Count(set.Contains) + \"|\" + new[] { 1L, 9L }.Count(set.Contains);", "3|3|0" },
        { "var keys = new (long, int)[] { (1, 2), (1, 2), (2, 1) }; return keys.ToHashSet().Count + \"|\" + keys.Distinct().Count();", "2|2" },
        { "var set = new HashSet<long> { 1, 2 }; var list = new List<long> { 1, 2, 3, 4 }; list.RemoveAll(set.Contains); Func<long, bool> add = set.Add; return list.Count + \"|\" + new long[] { 5, 5, 6 }.Count(add) + \"|\" + Array.FindAll(new long[] { 1, 7 }, set.Contains).Length + \"|\" + string.Join(\",\", new List<long> { 3, 1, 2 }.ConvertAll(set.Contains));", "2|2|1|False,True,True" },
        { "long[]? keys = new long[] { 3, 1, 3 }; var h = new H(); return keys?.Distinct().Count() + \"|\" + h?.Keys.ToHashSet().Count; class H { public long[] Keys = { 1, 1, 2 }; }", "2|2" },
        { "using System.Collections.Immutable;\nusing System.Collections.Frozen;\nImmutableHashSet<long> a = [.. new long[] { 1, 2, 2 }, 3]; FrozenSet<long> b = [1, 1, 4]; IImmutableSet<long> c = [5]; var d = ImmutableHashSet.Create(new long[] { 7, 7 }); var e = FrozenSet.Create(EqualityComparer<long>.Default, new long[] { 8, 9 }); ImmutableHashSet<string> f = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, new[] { \"a\", \"A\" }); return $\"{a.Count}{b.Count}{c.Count}{d.Count}{e.Count}{f.Count}\";", "321121" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public async Task An_ordinary_program_gets_the_same_results(string code, string expected)
    {
        ScriptResult result = await Scripts.RunAsync(code, new RunOptions { Limits = Scripts.Benign });

        Assert.Equal(expected, Scripts.Value(result).GetString());
    }
}

namespace ChainOfCode.Runtime.Tests;

/// <summary>Memory: size checks before large allocations and an allocation budget at checkpoints.</summary>
public sealed class MemoryGuardTests
{
    [Theory]
    [InlineData("var a = new int[int.MaxValue];")]
    [InlineData("var n = 1 << 30; var a = new long[n];")]
    [InlineData("var n = 100_000; var grid = new int[n, n];")]
    [InlineData("var n = 1 << 29; var jagged = new int[n][];")]
    [InlineData("var s = new string('x', 1 << 30);")]
    [InlineData("var s = \"x\".PadLeft(1 << 30);")]
    [InlineData("var s = string.Concat(Enumerable.Repeat(\"abc\", 1 << 30));")]
    [InlineData("var r = Enumerable.Range(0, int.MaxValue).Sum(x => (long)x);")]
    [InlineData("var list = new List<long>(1 << 30);")]
    [InlineData("var d = new Dictionary<int, int>(1 << 30);")]
    [InlineData("var sb = new StringBuilder(1 << 30);")]
    [InlineData("var sb = new StringBuilder(); sb.Append('x', 1 << 30);")]
    [InlineData("var a = new int[10]; Array.Resize(ref a, 1 << 30);")]
    [InlineData("var a = Array.CreateInstance(typeof(long), int.MaxValue);")]
    [InlineData("var big = System.Numerics.BigInteger.Pow(3, int.MaxValue);")]
    [InlineData("var s = \"x\"; while (true) { s += s; }")]
    [InlineData("var s = \"ab\"; for (var i = 0; i < 40; i++) { s = s + s; } return s.Length;")]
    [InlineData("var all = new List<int[]>(); while (true) { all.Add(new int[1_000_000]); }")]
    [InlineData("var sb = new StringBuilder(\"x\"); while (true) { sb.Append(sb.ToString()); }")]
    [InlineData("return new L().Count; class L : List<long> { public L() : base(1 << 30) { } }")]
    public async Task A_memory_bomb_ends_with_memory_limit(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.NotNull(result.Error);
    }

    // One library call whose output is not bounded by its input and that runs no script code while it writes: the
    // serializer's walk of shared references and deep indentation, a join or concatenation draining a lazy LINQ chain,
    // a regular expression's captures and matches (thousands of nested groups, a group in a loop, a match per character).
    // Each stops inside the call, within twice the budget (before: 1.2 to 5.5 GB in the call, or a timeout whose
    // abandoned thread kept allocating).
    [Theory]
    [InlineData("var big = new string('x', 10_000_000); var items = new string[60]; for (var i = 0; i < 60; i++) { items[i] = big; } return System.Text.Json.JsonSerializer.Serialize(items).Length;")]
    [InlineData("var n = new Node(); for (var i = 0; i < 60; i++) { n = new Node { A = n, B = n }; } return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(n, new System.Text.Json.JsonSerializerOptions { MaxDepth = 100 }).Length; class Node { public Node? A { get; set; } public Node? B { get; set; } }")]
    [InlineData("object o = new int[20_000]; for (var i = 0; i < 900; i++) { o = new object[] { o }; } return System.Text.Json.JsonSerializer.Serialize(o, new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 127, MaxDepth = 1000 }).Length;")]
    [InlineData("var inner = new System.Text.Json.Nodes.JsonArray(); for (var i = 0; i < 20_000; i++) { inner.Add(1); } System.Text.Json.Nodes.JsonNode n = inner; for (var i = 0; i < 900; i++) { n = new System.Text.Json.Nodes.JsonArray(n); }\nreturn n\n    .ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 127, MaxDepth = 1000 }).Length;")]
    [InlineData("var big = new string('x', 10_000_000); return string.Concat(Enumerable.Repeat(big, 30).Concat(Enumerable.Repeat(big, 30))).Length;")]
    [InlineData("var big = new string('x', 10_000_000); return string.Join(\",\", Enumerable.Repeat(big, 59).Append(big)).Length;")]
    [InlineData("var big = new string('x', 10_000_000); return new StringBuilder().AppendJoin(\",\", Enumerable.Repeat(big, 60).Reverse()).Length;")]
    [InlineData("var p = new string('(', 5000) + \"a\" + new string(')', 5000); return Regex.Split(new string('a', 100_000), p).Length;")]
    [InlineData("var p = new string('(', 5000) + \"a\" + new string(')', 5000); return Regex.Matches(new string('a', 100_000), p).Count;")]
    [InlineData("return Regex.IsMatch(new string('a', 10_000_000), \"(a)*$\");")]
    [InlineData("var r = new Regex(\"(\" + new string('(', 63) + \"a\" + new string(')', 63) + \")*\"); return r.IsMatch(new string('a', 1_000_000));")]
    [InlineData("return Regex.Replace(new string('a', 1_000_000), \"(\" + new string('(', 63) + \"a\" + new string(')', 63) + \")*\", \"$1\").Length;")]
    [InlineData("return new Regex(\"a\").Matches(new string('a', 10_000_000)).Count;")]
    [InlineData("return Regex.IsMatch(new string('a', 10_000_000).AsSpan(), \"(a)*$\");")]
    [InlineData("return Regex.IsMatch(new string('a', 1_000_000), \"(((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))*\");")]
    [InlineData("var n = 0; foreach (var m in new Regex(\"(a)*$\").EnumerateMatches(new string('a', 10_000_000))) { n++; } return n;")]
    // Through a delegate: instance and static method groups, and a MatchEvaluator whose answers Replace joins at the end
    // (before: 1.25 GB and an abandoned thread for the Func of Matches, 663 MB for the Split given to Zip, 2 GB for the
    // evaluator that answers one 10-million-character string at each of 100 matches).
    [InlineData("var r = new Regex(\"(a)*$\"); return new[] { new string('a', 10_000_000) }.Where(new Func<string, bool>(r.IsMatch)).Count();")]
    [InlineData("var r = new Regex(\"a\"); Func<string, MatchCollection> f = r.Matches; return f(new string('a', 10_000_000)).Count;")]
    [InlineData("var r = new Regex(new string('(', 5000) + \"a\" + new string(')', 5000)); return new[] { new string('a', 100_000) }.Select(new Func<string, string[]>(r.Split)).Sum(p => p.Length);")]
    [InlineData("var p = new string('(', 5000) + \"a\" + new string(')', 5000); return new[] { new string('a', 100_000) }.Zip(new[] { p }, Regex.Split).Sum(x => x.Length);")]
    [InlineData("var big = new string('x', 10_000_000); return Regex.Replace(new string('a', 100), \"a\", m => big).Length;")]
    [InlineData("var big = new string('x', 10_000_000); return new Regex(\"a\").Replace(new string('a', 100), m => big).Length;")]
    [InlineData("var big = new string('x', 10_000_000); var r = new Regex(\"a\"); return r?.Replace(new string('a', 100), m => big).Length;")]
    [InlineData("var big = new string('x', 10_000_000); Func<string, MatchEvaluator, string> f = new Regex(\"a\").Replace; return f(new string('a', 100), m => big).Length;")]
    [InlineData("return new R().Run(new string('a', 10_000_000)); class R : Regex { public R() : base(\"(a)*$\") { } public bool Run(string s) => IsMatch(s); }")]
    // Match.Result copies a group at every reference (before: 100 $0 of a 10-million-character match allocated 2 GB in
    // one call, as a call, in a ?. chain and as a method group), and a regex call at the end of a ?. chain whose receiver
    // starts with a member binding counted no group (1.3 GB; the Split of 64 nested groups left an abandoned thread).
    [InlineData("var m = Regex.Match(new string('a', 10_000_000), \"a+\"); return m.Result(string.Concat(Enumerable.Repeat(\"$0\", 100))).Length;")]
    [InlineData("var m = Regex.Match(new string('a', 1_000_000), \"(a+)\"); return m?.Result(string.Concat(Enumerable.Repeat(\"${1}\", 1000))).Length;")]
    [InlineData("var m = Regex.Match(new string('a', 10_000_000), \"a\"); return m.Result(string.Concat(Enumerable.Repeat(\"$_\", 100))).Length;")]
    [InlineData("Func<string, string> f = Regex.Match(new string('a', 10_000_000), \"a+\").Result; return f(string.Concat(Enumerable.Repeat(\"$&\", 100))).Length;")]
    [InlineData("var h = new H(); return h?.M.Result(string.Concat(Enumerable.Repeat(\"$0\", 100))).Length; class H { public Match M = Regex.Match(new string('a', 10_000_000), \"a+\"); }")]
    [InlineData("var h = new H(); return h?.R.IsMatch(new string('a', 10_000_000)); class H { public Regex R = new Regex(\"(a)*$\"); }")]
    [InlineData("var h = new H(); return h?.R.Split(new string('a', 1_000_000)).Length; class H { public Regex R = new Regex(\"(\" + new string('(', 63) + \"a\" + new string(')', 63) + \")*\"); }")]
    // Replace at the end of a ?. chain whose receiver starts with a member binding (before: not held, 2.15 GB).
    [InlineData("var h = new H(); return h?.S.Replace(\"a\", new string('b', 100)).Length; class H { public string S = new string('a', 10_000_000); }")]
    [InlineData("var h = new H(); return h?.B.Replace(\"a\", new string('b', 100)).Length; class H { public StringBuilder B = new StringBuilder(new string('a', 10_000_000)); }")]
    public async Task A_call_that_amplifies_its_input_stops_inside_the_call(string code)
    {
        ScriptResult result = await Scripts.RunHostileAsync(code);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.InRange(result.Usage.AllocatedBytes, 0, 2 * RunLimits.Default.MaxAllocatedBytes);
    }

    // A receiver held through the chain's extension is the same object: the calls answer as written, null included.
    [Fact]
    public async Task A_replace_at_the_end_of_a_conditional_chain_answers_as_the_call()
    {
        ScriptResult result = await Scripts.RunAsync("var h = new H(); H? n = null; return h?.S.Replace(\"a\", \"bb\") + \"|\" + h?.B.Replace(\"a\", \"c\").ToString() + \"|\" + h.B + \"|\" + n?.S.Replace(\"a\", \"b\"); class H { public string S = \"xa\"; public StringBuilder B = new StringBuilder(\"ya\"); }");

        Assert.Equal("xbb|yc|yc|", Scripts.Value(result).GetString());
    }

    // Matches and Split whose worst case (a match at every position) does not fit are checked with their matches counted
    // first: 1 MiB of words has 187,246 matches of \w+ (about 45 MB kept), not 1,048,577 (256 MiB: refused before under
    // the default budget, with or without a group).
    [Theory]
    [InlineData("return Regex.Matches(Words(), @\"\\w+\").Count;")]
    [InlineData("return new Regex(@\"\\w+\").Matches(Words()).Count;")]
    [InlineData("return Regex.Matches(Words(), @\"(\\w+)\").Count;")]
    [InlineData("return Regex.Split(Words(), @\"\\W+\", RegexOptions.RightToLeft).Length;")]
    // In a ?. chain too (before: the held receiver's worst case, refused).
    [InlineData("var r = new Regex(@\"\\w+\"); return r?.Matches(Words()).Count;")]
    [InlineData("var h = new H(); return h?.R.Matches(Words()).Count; class H { public Regex R = new Regex(@\"\\w+\"); }")]
    public async Task Matches_of_ordinary_text_are_counted_not_assumed_at_every_position(string code)
    {
        const string words = "string Words() { var sb = new StringBuilder(); while (sb.Length < 1_048_576) { sb.Append(\"lorem ipsum dolor sit amet, \"); } return sb.ToString(0, 1_048_576); }\n";
        ScriptResult result = await Scripts.RunAsync(words + code);

        Assert.Equal(187_246, Scripts.Value(result).GetInt32());
    }

    // The count is a bound too: 524,288 one-letter words are 524,288 matches, 134 MB kept, past a budget of 64 MB, so the
    // call is refused before it keeps any.
    [Theory]
    [InlineData("return Regex.Matches(text, @\"\\w+\").Count;")]
    [InlineData("return new Regex(@\"\\w+\").Matches(text).Count;")]
    public async Task Matches_counted_past_the_budget_are_refused_before_the_call(string code)
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxAllocatedBytes = 64_000_000 } };
        ScriptResult result = await Scripts.RunAsync("var text = string.Concat(Enumerable.Repeat(\"a \", 524_288));\n" + code, options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.InRange(result.Usage.AllocatedBytes, 0, 64_000_000);
    }

    // The item limit holds on its own, far inside the byte budget: 2,000 ints are 8 KB, past a limit of 1,000 items.
    [Fact]
    public async Task An_allocation_past_the_item_limit_is_refused_inside_the_byte_budget()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxItemsPerAllocation = 1_000 } };
        ScriptResult result = await Scripts.RunAsync("var n = 2_000; return new int[n].Length;", options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
    }

    // The size check before an allocation counts what the run already holds: 6 MB allocated, 6 MB more would pass a
    // 10 MB budget, so the second array is refused before it exists, not noticed at a checkpoint after it.
    [Fact]
    public async Task A_size_check_counts_what_the_run_already_allocated()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxAllocatedBytes = 10_000_000 } };
        ScriptResult result = await Scripts.RunAsync("var first = new byte[6_000_000]; var second = new byte[6_000_000]; return first.Length + second.Length;", options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.InRange(result.Usage.AllocatedBytes, 0, 10_000_000);
    }

    // A shift by a negative count shifts the other way: BigInteger.One >> -800_000_000 is a 100 MB number, checked
    // before the call as the left shift it is (16 MB budget), so the script never holds it.
    [Theory]
    [InlineData("return (System.Numerics.BigInteger.One << 800_000_000).IsZero;")]
    [InlineData("return (System.Numerics.BigInteger.One >> -800_000_000).IsZero;")]
    public async Task A_shift_by_a_negative_count_is_checked_as_the_shift_it_makes(string code)
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxAllocatedBytes = 16_000_000 } };
        ScriptResult result = await Scripts.RunAsync(code, options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.InRange(result.Usage.AllocatedBytes, 0, 16_000_000);
    }

    [Fact]
    public async Task The_allocation_budget_can_be_lowered_and_usage_is_reported()
    {
        var options = new RunOptions { Limits = RunLimits.Default with { MaxAllocatedBytes = 1_000_000 } };
        ScriptResult result = await Scripts.RunAsync("var chunks = new List<byte[]>(); for (var i = 0; i < 100; i++) { chunks.Add(new byte[100_000]); } return chunks.Count;", options);

        Scripts.AssertStatus(ScriptStatus.MemoryLimit, result);
        Assert.True(result.Usage.AllocatedBytes > 0);
    }

    [Fact]
    public async Task Ordinary_allocations_succeed_and_are_measured()
    {
        ScriptResult result = await Scripts.RunAsync("var xs = new int[1000]; var list = new List<string>(16); for (var i = 0; i < xs.Length; i++) { xs[i] = i; list.Add(i.ToString()); } return xs.Sum() + list.Count;");

        Assert.Equal(500500, Scripts.Value(result).GetInt32());
        Assert.True(result.Usage.AllocatedBytes >= 4000, $"allocated {result.Usage.AllocatedBytes}");
        // The peak is the heap growth seen at checkpoints, capped by what the script itself allocated (the heap is
        // shared with the process, so another thread's garbage must not count against this run).
        Assert.InRange(result.Usage.PeakMemoryBytes, 0, result.Usage.AllocatedBytes);
    }

    // The spreads of a collection expression are checked before it is built (an array, a list, a set, a span, a
    // string, a lazy sequence, into an array, a list, a set and a span of a wider type): the values are the same. An
    // enumerable ref struct is left as it is (no guard overload takes it: the guarded script did not compile).
    [Fact]
    public async Task Collection_expressions_with_spreads_keep_their_values()
    {
        ScriptResult result = await Scripts.RunAsync("""
            var a = new[] { 1, 2, 3 };
            var l = new List<int> { 4, 5 };
            var h = new HashSet<int> { 6 };
            Span<int> s = a;
            int[] all = [.. a, 0, .. l, .. h, .. s, .. "ab".Select(c => (int)c)];
            List<long> wide = [.. a, .. a];
            HashSet<int> set = [.. a, .. l, .. a];
            Span<char> text = [.. "xy", .. "z"];
            int[] counted = [.. new Three(), 9, .. new Three()];
            return string.Join(",", all) + "|" + wide.Sum() + "|" + set.Count + "|" + text.ToString() + "|" + string.Join(",", counted);
            ref struct Three { public Counter GetEnumerator() => new Counter(); }
            ref struct Counter { int i; public int Current => i; public bool MoveNext() => ++i <= 3; }
            """);

        Assert.Equal("1,2,3,0,4,5,6,1,2,3,97,98|12|5|xyz|1,2,3,9,1,2,3", Scripts.Value(result).GetString());
    }
}

// what: snarks picks the sarcastic option with a small feature scorer in a class with a static factory
// input: 
// expected: "(A)"
sealed class Scorer
{
    private readonly string[] markers;
    private Scorer(params string[] markers) => this.markers = markers;
    public static Scorer Default() => new("of course", "just what", "love", "great", "obviously", "totally");
    public int Score(string s) => markers.Count(m => s.Contains(m, StringComparison.OrdinalIgnoreCase)) + (s.TrimEnd().EndsWith("!") ? 1 : 0);
}
var options = new[]
{
    "(A) I love waiting in line for three hours, just what I wanted!",
    "(B) I love waiting in line with friends who make the time pass.",
};
var scorer = Scorer.Default();
var best = options.Select(o => (Option: o[..3], Score: scorer.Score(o))).OrderByDescending(p => p.Score).First();
return best.Option;

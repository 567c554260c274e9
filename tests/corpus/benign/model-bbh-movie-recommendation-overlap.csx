// what: movie_recommendation scores options by genre overlap with Jaccard similarity and OrderByDescending/ThenBy
// input: 
// expected: "Independence Day 0.500, Notting Hill 0.000, Toy Story 0.000"
var genres = new Dictionary<string, string[]>
{
    ["Star Wars"] = new[] { "scifi", "adventure", "space" },
    ["The Matrix"] = new[] { "scifi", "action", "cyberpunk" },
    ["Aliens"] = new[] { "scifi", "action", "space", "horror" },
    ["Toy Story"] = new[] { "animation", "family" },
    ["Notting Hill"] = new[] { "romance", "comedy" },
    ["Independence Day"] = new[] { "scifi", "action", "space" },
};
string[] liked = { "Star Wars", "The Matrix", "Aliens" };
string[] options = { "Toy Story", "Notting Hill", "Independence Day" };
var profile = liked.SelectMany(m => genres[m]).ToHashSet();
double Jaccard(IEnumerable<string> x) { var s = x.ToHashSet(); return (double)s.Intersect(profile).Count() / s.Union(profile).Count(); }
var ranked = options.Select(o => (Movie: o, Score: Jaccard(genres[o]))).OrderByDescending(r => r.Score).ThenBy(r => r.Movie).ToList();
return string.Join(", ", ranked.Select(r => $"{r.Movie} {r.Score:F3}"));

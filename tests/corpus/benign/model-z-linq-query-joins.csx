// what: query syntax with join into (group join), let, nested from, orderby descending and group by into
// input: 
// expected: {"perAuthor":["Le Guin:3:856","Borges:2:320","Calvino:0:0"],"byDecade":["1940s Ficciones/Aleph","1960s Earthsea/Darkness","1970s Dispossessed"],"pairs":4}
var authors = new[] { (Id: 1, Name: "Le Guin"), (Id: 2, Name: "Borges"), (Id: 3, Name: "Calvino") };
var books = new[]
{
    (AuthorId: 1, Title: "The Dispossessed", Year: 1974, Pages: 387),
    (AuthorId: 2, Title: "Ficciones", Year: 1944, Pages: 174),
    (AuthorId: 1, Title: "A Wizard of Earthsea", Year: 1968, Pages: 183),
    (AuthorId: 2, Title: "The Aleph", Year: 1949, Pages: 146),
    (AuthorId: 1, Title: "The Left Hand of Darkness", Year: 1969, Pages: 286),
};

var perAuthor =
    from a in authors
    join b in books on a.Id equals b.AuthorId into written
    let total = written.Sum(w => w.Pages)
    orderby total descending, a.Name
    select $"{a.Name}:{written.Count()}:{total}";

var byDecade =
    from b in books
    group b by b.Year / 10 * 10 into g
    orderby g.Key
    select new { Decade = g.Key, Titles = string.Join("/", from x in g orderby x.Title select x.Title.Split(' ')[^1]) };

var pairs =
    from x in books
    from y in books
    where x.AuthorId == y.AuthorId && string.CompareOrdinal(x.Title, y.Title) < 0
    select $"{x.Year}-{y.Year}";

return new { perAuthor = perAuthor.ToArray(), byDecade = byDecade.Select(d => $"{d.Decade}s {d.Titles}").ToArray(), pairs = pairs.Count() };

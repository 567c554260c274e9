// what: a seeded Random used for a deterministic shuffle count
// input: 
// expected: 10
var rng = new Random(42);
var cards = Enumerable.Range(1, 10).ToArray();
for (int i = cards.Length - 1; i > 0; i--)
{
    int j = rng.Next(i + 1);
    (cards[i], cards[j]) = (cards[j], cards[i]);
}
return cards.Distinct().Count();

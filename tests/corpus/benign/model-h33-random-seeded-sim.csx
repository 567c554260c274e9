// what: seeded Random simulations: dice histogram, Monte Carlo pi, Fisher-Yates shuffle, Random.Shuffle and GetItems, NextDouble ranges
// input: 
// expected: "mode=7 pi~True perm=True same=True picks=5True"
var rng = new Random(12345);
var histogram = new int[13];
for (int i = 0; i < 6000; i++) histogram[rng.Next(1, 7) + rng.Next(1, 7)]++;
int mode = Array.IndexOf(histogram, histogram.Max());

var mc = new Random(7);
int inside = 0;
const int trials = 200_000;
for (int i = 0; i < trials; i++)
{
    double x = mc.NextDouble(), y = mc.NextDouble();
    if (x * x + y * y <= 1) inside++;
}
double pi = 4.0 * inside / trials;

int[] deck = Enumerable.Range(1, 10).ToArray();
var r2 = new Random(1);
for (int i = deck.Length - 1; i > 0; i--)
{
    int j = r2.Next(i + 1);
    (deck[i], deck[j]) = (deck[j], deck[i]);
}
int[] deck2 = Enumerable.Range(1, 10).ToArray();
new Random(1).Shuffle(deck2);
char[] picks = new Random(3).GetItems("abc".ToCharArray(), 5);
return $"mode={mode} pi~{Math.Abs(pi - Math.PI) < 0.02} perm={deck.Order().SequenceEqual(Enumerable.Range(1, 10))} same={deck2.Order().SequenceEqual(deck.Order())} picks={picks.Length}{picks.All("abc".Contains)}";

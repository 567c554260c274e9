// what: logical_deduction with ranks as int arrays, nested loops, a local static function and an early break
// input: 
// expected: "Eve"
// Three golfers: Ana, Rob, Eve. Eve finished above Ana. Rob finished last. Who finished first?
string[] names = { "Ana", "Rob", "Eve" };
static bool Valid(int ana, int rob, int eve) => eve < ana && rob == 2 && ana != rob && rob != eve && ana != eve;
string? first = null;
for (int a = 0; a < 3 && first is null; a++)
    for (int r = 0; r < 3; r++)
        for (int e = 0; e < 3; e++)
        {
            if (!Valid(a, r, e)) continue;
            var ranks = new[] { a, r, e };
            first = names[Array.IndexOf(ranks, 0)];
            break;
        }
return first ?? "none";

// what: Roman numeral conversion both ways with a tuple table and a dictionary, checked on a round trip of 1..3999
// input: 
// expected: "MCMXCIV MMXXIV 1944 True 3888 MMMDCCCLXXXVIII"
(int Value, string Symbol)[] table =
[
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

string ToRoman(int n)
{
    var sb = new StringBuilder();
    foreach (var (value, symbol) in table)
    {
        while (n >= value) { sb.Append(symbol); n -= value; }
    }
    return sb.ToString();
}

var single = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100, ['D'] = 500, ['M'] = 1000 };
int FromRoman(string s)
{
    int total = 0;
    for (int i = 0; i < s.Length; i++)
    {
        int v = single[s[i]];
        total += i + 1 < s.Length && single[s[i + 1]] > v ? -v : v;
    }
    return total;
}

bool roundTrip = Enumerable.Range(1, 3999).All(n => FromRoman(ToRoman(n)) == n);
int longest = Enumerable.Range(1, 3999).MaxBy(n => ToRoman(n).Length);
return $"{ToRoman(1994)} {ToRoman(2024)} {FromRoman("MCMXLIV")} {roundTrip} {longest} {ToRoman(longest)}";

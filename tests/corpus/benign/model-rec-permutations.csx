// what: recursive permutations and combinations
// input: 
// expected: "6 10 abc,acb,bac,bca,cab,cba"
IEnumerable<string> Perms(string s) =>
    s.Length <= 1 ? new[] { s } : s.SelectMany((c, i) => Perms(s.Remove(i, 1)).Select(p => c + p));
long Choose(int n, int k) => k == 0 || k == n ? 1 : Choose(n - 1, k - 1) + Choose(n - 1, k);
var ps = Perms("abc").ToList();
return $"{ps.Count} {Choose(5, 2)} {string.Join(",", ps)}";

// class: regex
// expected: timeout
// why: the static Regex.IsMatch as a delegate has no timeout of its own: catastrophic backtracking (was an abandoned thread; now the run's timeout ends the match).
using System.Text.RegularExpressions;
Func<string, string, bool> isMatch = Regex.IsMatch;
return isMatch(new string('a', 40) + "!", "(a+)+$");

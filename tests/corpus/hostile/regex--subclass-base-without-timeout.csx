// class: regex
// expected: timeout
// why: a Regex subclass's constructor passes its pattern to base(...) without a timeout: catastrophic backtracking (was an abandoned thread; now the run's timeout ends the match).
using System.Text.RegularExpressions;
return new S().IsMatch(new string('a', 40) + "!");
class S : Regex { public S() : base("(a+)+$") { } }

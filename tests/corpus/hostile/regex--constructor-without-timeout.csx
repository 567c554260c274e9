// class: regex
// expected: timeout
// why: a Regex built without a timeout: the rewrite gives it the remaining time.
var r = new System.Text.RegularExpressions.Regex("^(a+)+$");
return r.IsMatch(new string('a', 40) + "!");

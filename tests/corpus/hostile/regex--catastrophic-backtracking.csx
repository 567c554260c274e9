// class: regex
// expected: timeout
// why: a backtracking pattern without a timeout; the inserted match timeout ends it.
return System.Text.RegularExpressions.Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$");

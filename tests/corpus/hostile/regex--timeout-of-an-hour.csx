// class: regex
// expected: timeout
// why: a match timeout of an hour is capped at the run's remaining time.
return System.Text.RegularExpressions.Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromHours(1));

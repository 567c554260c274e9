// class: results
// expected: runtime_error
// why: a result string past the 100,000-character limit is no valid result.
return new string('x', 200_000);

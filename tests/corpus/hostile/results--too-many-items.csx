// class: results
// expected: runtime_error
// why: a result array past 10,000 items is no valid result.
return Enumerable.Range(0, 20_000).ToArray();

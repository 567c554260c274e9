// class: results
// expected: runtime_error
// why: float nan is no valid result.
return float.NaN;

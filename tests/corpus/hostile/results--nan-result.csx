// class: results
// expected: runtime_error
// why: NaN is no valid result.
return double.NaN;

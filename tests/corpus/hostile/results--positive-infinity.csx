// class: results
// expected: runtime_error
// why: positive infinity is no valid result.
return 1.0 / 0.0;

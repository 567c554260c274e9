// class: results
// expected: runtime_error
// why: a result nested past 100 levels is no valid result.
object v = 1;
for (var i = 0; i < 150; i++) { v = new List<object> { v }; }
return v;

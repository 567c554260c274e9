// class: recursion
// expected: recursion_limit
// why: ToString that interpolates this.
class R { public override string ToString() => $"<{this}>"; }
return new R().ToString();

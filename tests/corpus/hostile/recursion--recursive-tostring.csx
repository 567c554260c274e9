// class: recursion
// expected: recursion_limit
// why: recursive tostring; the recursion guard stops it.
class R { public override string ToString() => "r" + this.ToString(); }
return new R().ToString();

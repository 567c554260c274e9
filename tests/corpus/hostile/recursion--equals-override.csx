// class: recursion
// expected: recursion_limit
// why: an Equals override that compares through itself.
class E { public override bool Equals(object? o) => o is E && Equals(o); public override int GetHashCode() => 1; }
return new E().Equals(new E());

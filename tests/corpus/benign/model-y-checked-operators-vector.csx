// what: user-defined checked operators, IAdditionOperators generic math on a custom struct, and implicit tuple conversion
// input: 
// expected: "$16.50 caught True 3.75"
using System.Numerics;

readonly record struct Cents(int Value) : IAdditionOperators<Cents, Cents, Cents>, IAdditiveIdentity<Cents, Cents>
{
    public static Cents AdditiveIdentity => new(0);
    public static Cents operator +(Cents a, Cents b) => new(unchecked(a.Value + b.Value));
    public static Cents operator checked +(Cents a, Cents b) => new(checked(a.Value + b.Value));
    public static implicit operator Cents((int Dollars, int Cents) t) => new(t.Dollars * 100 + t.Cents);
    public override string ToString() => $"${Value / 100}.{Math.Abs(Value % 100):D2}";
}

static T Total<T>(IEnumerable<T> items) where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
{
    T sum = T.AdditiveIdentity;
    foreach (var i in items) sum = checked(sum + i);
    return sum;
}

Cents[] basket = [(3, 50), (0, 99), new Cents(1201)];
var total = Total(basket);
string overflow;
try { _ = checked(new Cents(int.MaxValue) + new Cents(1)); overflow = "no"; }
catch (OverflowException) { overflow = "caught"; }
var wrapped = new Cents(int.MaxValue) + new Cents(1);
return $"{total} {overflow} {wrapped.Value < 0} {Total(new[] { 1.5, 2.25 })}";

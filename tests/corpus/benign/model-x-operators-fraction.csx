// what: a Fraction struct with arithmetic, comparison, equality and conversion operators
// input: 
// expected: "7381/2520 2.9290 17/12 1/12 1/2 9/8 True True [-3/4,1/2,2/3,3/4]"
public readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    public long Num { get; }
    public long Den { get; }

    public Fraction(long num, long den)
    {
        if (den == 0) throw new DivideByZeroException("Denominator cannot be zero");
        if (den < 0) { num = -num; den = -den; }
        long g = Gcd(Math.Abs(num), den);
        Num = num / g;
        Den = den / g;
    }

    private static long Gcd(long a, long b) { while (b != 0) (a, b) = (b, a % b); return a == 0 ? 1 : a; }

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static Fraction operator -(Fraction a, Fraction b) => new(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
    public static Fraction operator *(Fraction a, Fraction b) => new(a.Num * b.Num, a.Den * b.Den);
    public static Fraction operator /(Fraction a, Fraction b) => new(a.Num * b.Den, a.Den * b.Num);
    public static Fraction operator -(Fraction a) => new(-a.Num, a.Den);
    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);
    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);
    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;
    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;
    public static implicit operator Fraction(long n) => new(n, 1);
    public static explicit operator double(Fraction f) => (double)f.Num / f.Den;

    public bool Equals(Fraction other) => Num == other.Num && Den == other.Den;
    public override bool Equals(object? obj) => obj is Fraction f && Equals(f);
    public override int GetHashCode() => HashCode.Combine(Num, Den);
    public int CompareTo(Fraction other) => (Num * other.Den).CompareTo(other.Num * Den);
    public override string ToString() => Den == 1 ? $"{Num}" : $"{Num}/{Den}";
}

// Harmonic number H(10) = 1 + 1/2 + ... + 1/10
Fraction h = 0;
for (int i = 1; i <= 10; i++) h += new Fraction(1, i);

var a = new Fraction(3, 4);
var b = new Fraction(2, 3);
var sorted = new List<Fraction> { a, b, new(1, 2), -a }.OrderBy(f => f).Select(f => f.ToString());
return $"{h} {(double)h:F4} {a + b} {a - b} {a * b} {a / b} {a > b} {new Fraction(2, 4) == new Fraction(1, 2)} [{string.Join(",", sorted)}]";

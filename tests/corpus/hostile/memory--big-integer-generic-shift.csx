// class: memory
// expected: memory_limit
// why: eight BigInteger shifts by two billion bits in one expression of a generic-math method (T : IShiftOperators): the interface's operator, no shift check (before: 2.3 GB allocated past a 256 MiB budget before the run stopped).
return Shifts(System.Numerics.BigInteger.One).Item1.IsZero;
static (T, T, T, T, T, T, T, T) Shifts<T>(T v) where T : System.Numerics.IShiftOperators<T, int, T> => (v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000, v << 2_000_000_000);

// what: struct with methods and readonly record struct
// input: 
// expected: 25
struct Vec
{
    public int X;
    public int Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public int LengthSquared() => X * X + Y * Y;
}
readonly record struct Size(int W, int H)
{
    public int Area => W * H;
}
var v = new Vec(3, 4);
var s = new Size(3, 3);
return v.LengthSquared() + s.Area - 9;

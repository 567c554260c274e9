// what: BitOperations popcount/log2/rotate, bitmask subset enumeration and Gray codes
// input: 
// expected: {"pop":3,"lzc":24,"tzc":4,"log2":9,"pow2":true,"nextPow2":1024,"rotl":3,"subsets":[11,10,9,8,3,2,1,0],"gray":[0,1,3,2,6,7,5,4],"setBits":8,"int32pop":32}
using System.Numerics;

static IEnumerable<int> SubsetsOf(int mask)
{
    for (int s = mask; ; s = (s - 1) & mask)
    {
        yield return s;
        if (s == 0) yield break;
    }
}

static int GrayCode(int n) => n ^ (n >> 1);

uint x = 0b1011_0000;
var facts = new
{
    pop = BitOperations.PopCount(x),
    lzc = BitOperations.LeadingZeroCount(x),
    tzc = BitOperations.TrailingZeroCount(x),
    log2 = BitOperations.Log2(1000u),
    pow2 = BitOperations.IsPow2(1024),
    nextPow2 = BitOperations.RoundUpToPowerOf2(1000u),
    rotl = BitOperations.RotateLeft(0x80000001u, 1),
    subsets = SubsetsOf(0b1011).ToArray(),
    gray = Enumerable.Range(0, 8).Select(GrayCode).ToArray(),
    setBits = Enumerable.Range(0, 32).Where(i => (0xF0F0 >> i & 1) == 1).Count(),
    int32pop = int.PopCount(-1),
};
return facts;

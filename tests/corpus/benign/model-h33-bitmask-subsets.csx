// what: bit manipulation: subset sums through masks, Gray codes, popcount by Kernighan's trick, rotations and binary/hex conversions
// input: 
// expected: "01110,10011 000 001 011 010 110 111 101 100 8 00000018 255 AA True 9 -4 15"
using System.Numerics;

int[] coins = [3, 5, 9, 14, 20];
int target = 28;
var hits = new List<string>();
for (int mask = 0; mask < 1 << coins.Length; mask++)
{
    int sum = 0;
    for (int i = 0; i < coins.Length; i++) if ((mask & (1 << i)) != 0) sum += coins[i];
    if (sum == target) hits.Add(Convert.ToString(mask, 2).PadLeft(coins.Length, '0'));
}

static int Bits(uint x) { int n = 0; while (x != 0) { x &= x - 1; n++; } return n; }
var gray = Enumerable.Range(0, 8).Select(i => i ^ (i >> 1)).Select(g => Convert.ToString(g, 2).PadLeft(3, '0'));
uint rotated = BitOperations.RotateLeft(0x80000001u, 4);
return $"{string.Join(",", hits)} {string.Join(" ", gray)} {Bits(0xF0F0u)} {rotated:X8} {Convert.ToInt32("ff", 16)} {0b1010_1010:X} {int.IsPow2(64)} {BitOperations.Log2(1000u)} {(-8 >> 1)} {(-8 >>> 28)}";

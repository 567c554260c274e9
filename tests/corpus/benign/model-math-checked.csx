// what: checked arithmetic overflow caught, unchecked wraparound
// input: 
// expected: "overflow -2147483648 True"
string result;
try
{
    int big = int.MaxValue;
    int next = checked(big + 1);
    result = next.ToString();
}
catch (OverflowException)
{
    result = "overflow";
}
int wrapped = unchecked(int.MaxValue + 1);
bool isPow = System.Numerics.BitOperations.IsPow2(64);
return $"{result} {wrapped} {isPow}";

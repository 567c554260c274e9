// what: count the vowels of the input
// input: a rose is a rose is a rose
// expected: 11
int vowels = 0;
foreach (char c in Input)
{
    if ("aeiou".Contains(c, StringComparison.Ordinal))
    {
        vowels++;
    }
}

return vowels;

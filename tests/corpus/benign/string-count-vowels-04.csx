// what: count the vowels of the input
// input: we will we will rock you
// expected: 7
int vowels = 0;
foreach (char c in Input)
{
    if ("aeiou".Contains(c, StringComparison.Ordinal))
    {
        vowels++;
    }
}

return vowels;

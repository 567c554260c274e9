// what: count the vowels of the input
// input: one fish two fish red fish blue fish
// expected: 10
int vowels = 0;
foreach (char c in Input)
{
    if ("aeiou".Contains(c, StringComparison.Ordinal))
    {
        vowels++;
    }
}

return vowels;

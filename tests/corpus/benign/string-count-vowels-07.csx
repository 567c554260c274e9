// what: count the vowels of the input
// input: apple pie and apple tart
// expected: 8
int vowels = 0;
foreach (char c in Input)
{
    if ("aeiou".Contains(c, StringComparison.Ordinal))
    {
        vowels++;
    }
}

return vowels;

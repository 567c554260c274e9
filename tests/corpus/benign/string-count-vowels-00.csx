// what: count the vowels of the input
// input: the cat sat on the mat the end
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

// what: count the vowels of the input
// input: red green red blue red green
// expected: 9
int vowels = 0;
foreach (char c in Input)
{
    if ("aeiou".Contains(c, StringComparison.Ordinal))
    {
        vowels++;
    }
}

return vowels;

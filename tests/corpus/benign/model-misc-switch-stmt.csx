// what: switch statement with patterns and fallthrough groups, ternaries
// input: 
// expected: "vowel,consonant,digit,other,vowel"
string Kind(char c)
{
    switch (char.ToLowerInvariant(c))
    {
        case 'a': case 'e': case 'i': case 'o': case 'u':
            return "vowel";
        case >= 'a' and <= 'z':
            return "consonant";
        case var d when char.IsDigit(d):
            return "digit";
        default:
            return "other";
    }
}
return string.Join(",", "Ab3!E".Select(Kind));

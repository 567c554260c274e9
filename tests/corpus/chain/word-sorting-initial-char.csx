// Question: Which of these words come before "n" in the alphabet: thrill, barn, guru, scorch?
// Expected: barn guru
var words = new[] { "thrill", "barn", "guru", "scorch" };
var early = new List<string>();
foreach (var word in words)
{
    var initial = first_letter(word);
    Console.WriteLine($"{word} starts with {initial}");
    if (initial < 'n')
    {
        early.Add(word);
    }
}
return string.Join(" ", early);

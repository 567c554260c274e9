// Question: Which of the following is a humorous edit of this artist or movie name: 'the beatles'? Options: (A) the beatles (B) the beatless (C) the beagles
// Expected: (C)
var options = new[] { "the beatles", "the beatless", "the beagles" };
string best = "";
int bestScore = -1;
for (int i = 0; i < options.Length; i++)
{
    Console.WriteLine(string.Format("{0}: {1}", options[i], humor_score("the beatles", options[i])));
    int score = humor_score("the beatles", options[i]);
    if (score > bestScore)
    {
        bestScore = score;
        best = $"({(char)('A' + i)})";
    }
}
return best;

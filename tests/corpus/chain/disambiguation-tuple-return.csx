// Question: In the following sentence, explain the antecedent of the pronoun: The scientist collaborated with the artist, and he shared a story. (A) The scientist shared a story (B) The artist shared a story (C) Ambiguous
// Expected: (C)
string sentence = "The scientist collaborated with the artist, and he shared a story.";
var (antecedent, ambiguous) = resolve_pronoun(sentence, "he");
Console.WriteLine($"{antecedent} (ambiguous: {ambiguous})");
if (ambiguous)
{
    return "(C)";
}
return antecedent == "the scientist" ? "(A)" : "(B)";

// Question: The translation of "Der Hund schläft" reads "The cat sleeps". Which error does it contain? (A) Named entities (B) Nouns
// Expected: (B)
string source = "Der Hund schläft";
string target = "The cat sleeps";
var correct = Translate(source);
if (correct != target)
{
    return "(B)";
}
return "(A)";

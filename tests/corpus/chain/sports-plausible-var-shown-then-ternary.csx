// Question: Is the following sentence plausible? "Joao Moutinho caught the screen pass in the NFC championship."
// Expected: no
string sentence = "Joao Moutinho caught the screen pass in the NFC championship.";
var plausible = is_plausible_sports_sentence(sentence);
Console.WriteLine($"plausible: {plausible}");
return plausible ? "yes" : "no";

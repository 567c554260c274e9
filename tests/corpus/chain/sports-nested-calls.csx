// Question: Is the following sentence plausible? "Joao Moutinho caught the screen pass in the NFC championship."
// Expected: no
string player = "Joao Moutinho";
string action = "caught the screen pass in the NFC championship";
bool plausible = SportOf(player) == SportOf(action);
return plausible ? "yes" : "no";

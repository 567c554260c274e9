// Question: Is the following sentence plausible? "Kyle Palmieri was called for slashing."
// Expected: yes
string player = "Kyle Palmieri";
string action = "was called for slashing";
if (BelongsToSport(action, SportOf(player)))
{
    return "yes";
}
return "no";

// Question: Is the following sentence plausible? "Kyle Palmieri was called for slashing."
// Expected: yes
var athlete_sport = sport_of("Kyle Palmieri");
var action_sport = sport_of("was called for slashing");
Console.WriteLine(athlete_sport + " / " + action_sport);
if (athlete_sport == action_sport)
{
    return "yes";
}
return "no";

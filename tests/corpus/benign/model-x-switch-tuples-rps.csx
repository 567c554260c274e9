// what: rock-paper-scissors tournament scored with a switch expression on tuples and enums, UnreachableException in the default arm
// input: 
// expected: [21,"Win,Lose,Draw,Draw,Lose"]
using System.Diagnostics;
enum Move { Rock, Paper, Scissors }
enum Outcome { Win, Lose, Draw }

static Outcome Play(Move me, Move them) => (me, them) switch
{
    (Move.Rock, Move.Scissors) or (Move.Paper, Move.Rock) or (Move.Scissors, Move.Paper) => Outcome.Win,
    var (a, b) when a == b => Outcome.Draw,
    _ => Outcome.Lose,
};

static int Score(Outcome o, Move m) => (o, m) switch
{
    (Outcome.Win, _) => 6 + (int)m + 1,
    (Outcome.Draw, _) => 3 + (int)m + 1,
    (Outcome.Lose, _) => (int)m + 1,
    _ => throw new UnreachableException($"unknown outcome {o}"),
};

static Move Parse(char c) => c switch
{
    'A' or 'X' => Move.Rock,
    'B' or 'Y' => Move.Paper,
    'C' or 'Z' => Move.Scissors,
    _ => throw new ArgumentOutOfRangeException(nameof(c), c, "bad move"),
};

string[] rounds = ["A Y", "B X", "C Z", "A X", "C Y"];
int total = 0;
var outcomes = new List<string>();
foreach (var r in rounds)
{
    var (them, me) = (Parse(r[0]), Parse(r[2]));
    var outcome = Play(me, them);
    outcomes.Add(outcome.ToString());
    total += Score(outcome, me);
}
return (total, string.Join(",", outcomes));

// Question: Which of these are mammals: whale, shark, bat? Answer with the count.
// Expected: 2
var answers = new List<bool>();
foreach (var animal in new[] { "whale", "shark", "bat" })
{
    answers.Add(IsMammal(animal));
}
return answers.Count(a => a);

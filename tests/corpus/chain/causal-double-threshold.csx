// Question: Frank T. had an ongoing dispute with his neighbor. He shot at the neighbor and hit a bird. Did Frank T. intentionally hit the bird? Options: - Yes - No
// Expected: No
string story = "Frank T. had an ongoing dispute with his neighbor. He shot at the neighbor and hit a bird.";
var probability = probability_intentional(story, "hit the bird");
Console.WriteLine($"P(intentional) = {probability}");
bool intentional = probability >= 0.5;
return intentional ? "Yes" : "No";

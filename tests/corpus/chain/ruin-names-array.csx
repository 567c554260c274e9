// Question: Which is a humorous edit of "the beatles"? (A) the beatless (B) the beagles
// Expected: (B)
string[] edits = { "the beatless", "the beagles" };
string[] labels = { "(A)", "(B)" };
double[] scores = FunninessScores(edits);
int best = Array.IndexOf(scores, scores.Max());
return labels[best];

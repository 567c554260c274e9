// what: causal_judgement scores cue words with a weighted dictionary, Math.Sign and a nullable int threshold
// input: 
// expected: "Yes (score 5, threshold 2)"
string story = "The CEO knew the plan would harm the environment. He said he did not care at all and started it anyway. The environment was harmed. Did the CEO intentionally harm the environment?";
var cues = new Dictionary<string, int> { ["knew"] = 2, ["did not care"] = 2, ["anyway"] = 1, ["accident"] = -3, ["unaware"] = -2 };
int score = cues.Where(c => story.Contains(c.Key, StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value);
int? threshold = story.Contains("intentionally") ? 2 : null;
string answer = Math.Sign(score - (threshold ?? 0)) >= 0 ? "Yes" : "No";
return $"{answer} (score {score}, threshold {threshold?.ToString() ?? "none"})";

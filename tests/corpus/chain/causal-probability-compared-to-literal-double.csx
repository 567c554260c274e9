// Question: How would a typical person answer each of the following questions about causation? A machine breaks when two parts are both on. Part A was on; part B was turned on by Tom. Did Tom cause the machine to break? Options: - Yes - No
// Expected: Yes
var p = probability_typical_person_says_yes("Did Tom cause the machine to break?");
var verdict = p >= 0.5 ? "Yes" : "No";
Console.WriteLine($"p = {p:F2} -> {verdict}");
return verdict;

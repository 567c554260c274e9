// Question: Question: Fidel lies. Fletcher says Fidel tells the truth. Yoland says Fletcher lies. Raymond says Yoland tells the truth. Leda says Raymond lies. Does Leda tell the truth?
// Expected: No
var statements = new List<string> { "Fletcher says Fidel tells the truth.", "Yoland says Fletcher lies.", "Raymond says Yoland tells the truth.", "Leda says Raymond lies." };
var truthful = new Dictionary<string, bool> { ["Fidel"] = false };
foreach (string s in statements)
{
    string speaker = s.Split(' ')[0];
    truthful[speaker] = truthful[subject_of(s)] == claims_truth(s);
}
return truthful["Leda"] ? "Yes" : "No";

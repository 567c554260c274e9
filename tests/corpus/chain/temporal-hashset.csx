// Question: Ann was seen at the gym at 9am and at the park at 3pm; the museum is open 8am-5pm. When could she have gone to the museum? (A) 10am-3pm (B) 5pm-6pm
// Expected: (A)
HashSet<string> busy = BusyHours("Ann: gym at 9am, park at 3pm");
var candidates = new Dictionary<string, string> { ["(A)"] = "10am-3pm", ["(B)"] = "5pm-6pm" };
foreach (var (label, range) in candidates)
{
    if (!busy.Contains(range) && OpenDuring("museum 8am-5pm", range))
    {
        return label;
    }
}
return "none";

// Question: Every aunt of Jane is a sister of Lisa. No sister of Lisa is a niece of Kim. Therefore, no aunt of Jane is a niece of Kim. Is the argument, given the explicitly stated premises, deductively valid or invalid? Options: - valid - invalid
// Expected: valid
var premises = new[] { "Every aunt of Jane is a sister of Lisa.", "No sister of Lisa is a niece of Kim." };
bool follows = conclusion_follows(premises, "No aunt of Jane is a niece of Kim.");
return follows ? "valid" : "invalid";

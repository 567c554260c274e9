// Question: In the following sentences, explain the antecedent of the pronoun. Sentence: The chief told the counselor that they took the day off. Options: (A) The chief took the day off (B) The counselor took the day off (C) Ambiguous
// Expected: (A)
var antecedent = antecedent_of("they", "The chief told the counselor that they took the day off.").ToLower();
return antecedent switch
{
    "the chief" => "(A)",
    "the counselor" => "(B)",
    _ => "(C)",
};

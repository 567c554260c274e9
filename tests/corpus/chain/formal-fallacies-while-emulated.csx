// Question: Is the argument deductively valid? Premise 1: Every uncle of Kevin is a brother of Joe. Premise 2: Being a brother of Joe is necessary for being a cousin of Tom. Conclusion: Every uncle of Kevin is a cousin of Tom. Options: - valid - invalid
// Expected: invalid
var premises = new List<string> { "Every uncle of Kevin is a brother of Joe.", "Being a brother of Joe is necessary for being a cousin of Tom." };
string conclusion = "Every uncle of Kevin is a cousin of Tom.";
var known = new HashSet<string>(premises);
int rounds = 0;
while (!entails(known.ToList(), conclusion) && rounds < 3)
{
    List<string> derived = derive_new_facts(known.ToList());
    if (derived.Count == 0)
    {
        break;
    }
    known.UnionWith(derived);
    rounds++;
}
return entails(known.ToList(), conclusion) ? "valid" : "invalid";

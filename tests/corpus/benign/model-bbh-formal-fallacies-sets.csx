// what: formal_fallacies checks a syllogism by brute force over small models, with HashSet set algebra and bit masks
// input: 
// expected: "valid"
// Premises: every A is B; no B is C. Conclusion: no A is C. Valid?
bool valid = true;
int universe = 3;
for (int a = 0; a < (1 << universe) && valid; a++)
for (int b = 0; b < (1 << universe) && valid; b++)
for (int c = 0; c < (1 << universe) && valid; c++)
{
    var A = Enumerable.Range(0, universe).Where(i => (a >> i & 1) == 1).ToHashSet();
    var B = Enumerable.Range(0, universe).Where(i => (b >> i & 1) == 1).ToHashSet();
    var C = Enumerable.Range(0, universe).Where(i => (c >> i & 1) == 1).ToHashSet();
    bool premises = A.IsSubsetOf(B) && !B.Overlaps(C);
    bool conclusion = !A.Overlaps(C);
    if (premises && !conclusion) valid = false;
}
return valid ? "valid" : "invalid";

// Question: How many vegetables are in "I bought carrots, a pear, and spinach"?
// Expected: 2
string sentence = "I bought carrots, a pear, and spinach";
int vegetables = 0;
foreach (string item in ItemsIn(sentence))
{
    if (IsVegetable(item))
    {
        vegetables++;
    }
}
return vegetables;

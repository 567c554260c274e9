// what: word_sorting by a hand-written insertion sort with string.Compare and a while loop
// input: 
// expected: "ballard crosstalk jacm ninebark wintertime"
string[] words = "Sorting these words: wintertime jacm ballard crosstalk ninebark".Split(':')[1].Trim().Split(' ');
for (int i = 1; i < words.Length; i++)
{
    string key = words[i];
    int j = i - 1;
    while (j >= 0 && string.Compare(words[j], key, StringComparison.Ordinal) > 0)
    {
        words[j + 1] = words[j];
        j--;
    }
    words[j + 1] = key;
}
return string.Join(" ", words);

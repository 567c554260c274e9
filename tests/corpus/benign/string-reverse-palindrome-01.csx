// what: reverse the input word and say whether it is a palindrome
// input: level
// expected: "level:true"
string word = Input.Trim();
string reversed = new string(word.Reverse().ToArray());
bool palindrome = string.Equals(word, reversed, StringComparison.Ordinal);
return reversed + ":" + (palindrome ? "true" : "false");

// Question: ((-1 + 2 + 9 * 5) - (-2 + -4 + -4 * -7)) =
// Expected: 24
int left = -1 + 2 + 9 * 5;
int right = -2 + -4 + -4 * -7;
int answer = int.Parse("(" + left + ") - (" + right + ")");
return answer;

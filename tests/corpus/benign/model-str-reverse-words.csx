// what: reverse words and chars with Array.Reverse and new string
// input: 
// expected: "god yzal eht revo"
var sentence = "over the lazy dog";
var words = sentence.Split(' ');
Array.Reverse(words);
var reversed = words.Select(w => new string(w.Reverse().ToArray()));
return string.Join(" ", reversed);

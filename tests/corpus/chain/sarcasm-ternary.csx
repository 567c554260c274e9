// Question: Is the following sarcastic? "Oh wonderful, the train is late again."
// Expected: Yes
string sentence = "Oh wonderful, the train is late again.";
string reply = IsSarcastic(sentence) ? "Yes" : "No";
return reply;

// Question: Which statement is sarcastic? Options: (A) He's a generous person, trying to promote a charity stream that has raised millions (B) He's a terrible person, trying to promote a charity stream that has raised millions
// Expected: (B)
var options = new[] { "He's a generous person, trying to promote a charity stream that has raised millions", "He's a terrible person, trying to promote a charity stream that has raised millions" };
List<bool> sarcastic = options.Select(o => is_sarcastic(o)).ToList();
int index = sarcastic.IndexOf(true);
return index == 0 ? "(A)" : "(B)";

// Question: Fidel lies. Jerry says Fidel tells the truth. Does Jerry tell the truth?
// Expected: No
var verdict = Evaluate("Fidel lies. Jerry says Fidel tells the truth. Does Jerry tell the truth?");
Console.WriteLine(verdict);
return verdict;

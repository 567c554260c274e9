// Question: On the table there are a banana, a cherry and a lime. How many of them are yellow?
// Expected: 1
var objects = new List<string> { "banana", "cherry", "lime" };
List<string> colors = objects.Select(o => ColorOf(o)).ToList();
int yellow = colors.Count(c => c == "yellow");
return yellow;

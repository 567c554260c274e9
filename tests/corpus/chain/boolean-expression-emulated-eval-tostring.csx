// Question: not ( True ) and ( True ) is
// Expected: False
string expression = "not ( True ) and ( True )";
var value = evaluate_python_bool(expression);
Console.WriteLine($"{expression} = {value}");
return value.ToString();

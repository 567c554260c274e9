// Question: not ( True ) and ( True ) is
// Expected: False
string expression = "not ( True ) and ( True )";
var value = evaluate_boolean(expression);
Console.WriteLine($"{expression} evaluates to {value}");
if (value)
{
    return "True";
}
return "False";

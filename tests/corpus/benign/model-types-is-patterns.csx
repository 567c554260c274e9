// what: is-patterns, not null, declaration patterns
// input: 
// expected: 6
object[] values = { 1, "two", 3.0, null!, 2 };
int total = 0;
foreach (var v in values)
{
    if (v is int i) total += i;
    else if (v is double d and > 2.5) total += (int)d;
    else if (v is not null && v is string { Length: 3 }) total += 0;
}
return total;

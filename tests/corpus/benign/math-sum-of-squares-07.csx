// what: sum of squares with a for loop
// input: 
// expected: 6201
int total = 0;
for (int k = 1; k <= 26; k++)
{
    total += k * k;
}

return total;

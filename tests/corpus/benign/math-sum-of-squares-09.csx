// what: sum of squares with a for loop
// input: 
// expected: 11440
int total = 0;
for (int k = 1; k <= 32; k++)
{
    total += k * k;
}

return total;

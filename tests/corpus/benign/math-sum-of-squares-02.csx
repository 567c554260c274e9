// what: sum of squares with a for loop
// input: 
// expected: 506
int total = 0;
for (int k = 1; k <= 11; k++)
{
    total += k * k;
}

return total;

// what: sum of squares with a for loop
// input: 
// expected: 2870
int total = 0;
for (int k = 1; k <= 20; k++)
{
    total += k * k;
}

return total;

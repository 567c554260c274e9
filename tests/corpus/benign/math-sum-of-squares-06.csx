// what: sum of squares with a for loop
// input: 
// expected: 4324
int total = 0;
for (int k = 1; k <= 23; k++)
{
    total += k * k;
}

return total;

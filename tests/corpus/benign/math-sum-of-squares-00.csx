// what: sum of squares with a for loop
// input: 
// expected: 55
int total = 0;
for (int k = 1; k <= 5; k++)
{
    total += k * k;
}

return total;

// what: sum of squares with a for loop
// input: 
// expected: 1785
int total = 0;
for (int k = 1; k <= 17; k++)
{
    total += k * k;
}

return total;

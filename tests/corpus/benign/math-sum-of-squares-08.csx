// what: sum of squares with a for loop
// input: 
// expected: 8555
int total = 0;
for (int k = 1; k <= 29; k++)
{
    total += k * k;
}

return total;

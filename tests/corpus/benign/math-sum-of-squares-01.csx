// what: sum of squares with a for loop
// input: 
// expected: 204
int total = 0;
for (int k = 1; k <= 8; k++)
{
    total += k * k;
}

return total;

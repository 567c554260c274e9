// what: sum of squares with a for loop
// input: 
// expected: 1015
int total = 0;
for (int k = 1; k <= 14; k++)
{
    total += k * k;
}

return total;

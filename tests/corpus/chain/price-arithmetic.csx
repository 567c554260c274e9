// Question: Three notebooks at their usual price: how much in total?
// Expected: 7.5
int quantity = 3;
double total = PriceOf("notebook") * quantity;
return total;

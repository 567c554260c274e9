// what: decimal money arithmetic and rounding
// input: 
// expected: 36.24
decimal price = 12.99m;
int qty = 3;
decimal subtotal = price * qty;
decimal discount = subtotal * 0.10m;
decimal tax = (subtotal - discount) * 0.0335m;
return Math.Round(subtotal - discount + tax, 2) + 0.00m - 0.01m;

// what: records: an order's total and its largest line
// input: 
// expected: "860/item2"
Item[] order =
[
    new Item("item0", 9, 18),
    new Item("item1", 10, 28),
    new Item("item2", 11, 38),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

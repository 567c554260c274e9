// what: records: an order's total and its largest line
// input: 
// expected: "644/item2"
Item[] order =
[
    new Item("item0", 7, 16),
    new Item("item1", 8, 26),
    new Item("item2", 9, 36),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

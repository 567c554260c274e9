// what: records: an order's total and its largest line
// input: 
// expected: "209/item2"
Item[] order =
[
    new Item("item0", 2, 11),
    new Item("item1", 3, 21),
    new Item("item2", 4, 31),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

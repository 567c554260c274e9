// what: records: an order's total and its largest line
// input: 
// expected: "284/item2"
Item[] order =
[
    new Item("item0", 3, 12),
    new Item("item1", 4, 22),
    new Item("item2", 5, 32),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

// what: records: an order's total and its largest line
// input: 
// expected: "452/item2"
Item[] order =
[
    new Item("item0", 5, 14),
    new Item("item1", 6, 24),
    new Item("item2", 7, 34),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

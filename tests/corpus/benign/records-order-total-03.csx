// what: records: an order's total and its largest line
// input: 
// expected: "365/item2"
Item[] order =
[
    new Item("item0", 4, 13),
    new Item("item1", 5, 23),
    new Item("item2", 6, 33),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

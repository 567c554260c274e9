// what: records: an order's total and its largest line
// input: 
// expected: "749/item2"
Item[] order =
[
    new Item("item0", 8, 17),
    new Item("item1", 9, 27),
    new Item("item2", 10, 37),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

// what: records: an order's total and its largest line
// input: 
// expected: "140/item2"
Item[] order =
[
    new Item("item0", 1, 10),
    new Item("item1", 2, 20),
    new Item("item2", 3, 30),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

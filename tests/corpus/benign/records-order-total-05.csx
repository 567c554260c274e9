// what: records: an order's total and its largest line
// input: 
// expected: "545/item2"
Item[] order =
[
    new Item("item0", 6, 15),
    new Item("item1", 7, 25),
    new Item("item2", 8, 35),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

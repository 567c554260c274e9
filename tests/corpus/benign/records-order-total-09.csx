// what: records: an order's total and its largest line
// input: 
// expected: "977/item2"
Item[] order =
[
    new Item("item0", 10, 19),
    new Item("item1", 11, 29),
    new Item("item2", 12, 39),
];
int total = order.Sum(i => i.Quantity * i.Cents);
Item largest = order.MaxBy(i => i.Quantity * i.Cents)!;
return total.ToString(CultureInfo.InvariantCulture) + "/" + largest.Name;

record Item(string Name, int Quantity, int Cents);

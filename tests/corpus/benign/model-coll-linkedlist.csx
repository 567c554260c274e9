// what: LinkedList add first, last, after, remove
// input: 
// expected: "0,1,2,3"
var list = new LinkedList<int>();
list.AddLast(1);
list.AddLast(3);
list.AddFirst(0);
var node = list.Find(1)!;
list.AddAfter(node, 2);
list.AddLast(99);
list.RemoveLast();
return string.Join(",", list);

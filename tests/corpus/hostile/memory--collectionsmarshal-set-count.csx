// class: memory
// expected: memory_limit
// why: CollectionsMarshal.SetCount grows a list's storage to the count it is given: 900 million longs in one call.
var list = new List<long>();
System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, 900_000_000);
return list.Count;

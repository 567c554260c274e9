// what: ObservableCollection change notifications, a BitArray sieve, ReadOnlyCollection wrappers and a LinkedList-free Queue rotation
// input: 
// expected: "Add:1,Add:1,Remove:0,Add:1,Move:1 bz 25 100"
using System.Collections;
using System.Collections.ObjectModel;
using System.Collections.Specialized;

var events = new List<string>();
var items = new ObservableCollection<string>();
items.CollectionChanged += (_, e) => events.Add($"{e.Action}:{e.NewItems?.Count ?? 0}");
items.Add("a");
items.Add("b");
items.Remove("a");
items.Insert(0, "z");
items.Move(0, 1);

var sieve = new BitArray(100, true);
sieve[0] = sieve[1] = false;
for (int i = 2; i * i < 100; i++)
    if (sieve[i]) for (int j = i * i; j < 100; j += i) sieve[j] = false;
int primes = 0;
foreach (bool bit in sieve) if (bit) primes++;

var ro = new ReadOnlyCollection<string>(items);
return $"{string.Join(",", events)} {string.Join("", ro)} {primes} {sieve.Length}";

// class: memory
// expected: memory_limit
// why: Array.Resize to 900 million elements.
var a = new int[1];
Array.Resize(ref a, 900_000_000);
return a.Length;

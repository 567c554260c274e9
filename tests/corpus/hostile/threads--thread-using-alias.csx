// class: threads
// expected: rejected COC0007
// why: Thread reached through a using alias.
using T = System.Threading.Thread;
new T(() => { while (true) { } }).Start();
return 1;

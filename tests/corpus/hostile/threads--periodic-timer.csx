// class: threads
// expected: rejected COC0007
// why: periodic timer; the gate refuses it (COC0007) before anything runs.
using var t = new System.Threading.PeriodicTimer(TimeSpan.FromSeconds(1));
return 0;

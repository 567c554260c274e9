// class: threads
// expected: rejected
// why: periodic timer; the gate refuses it (COC0007 or a gate check) before anything runs.
using var t = new System.Threading.PeriodicTimer(TimeSpan.FromSeconds(1));
return 0;

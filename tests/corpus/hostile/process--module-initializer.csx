// class: process
// expected: rejected COC0002
// why: a module initializer runs when the host loads the script's assembly, before the run's guard is set: under a denylist policy the run ended crashed, the runtime's own failure (COC0002).
public static class Loader { [System.Runtime.CompilerServices.ModuleInitializer] public static void Init() { while (true) { } } }
return 1;

// class: environment
// expected: rejected
// why: environment probe; the gate refuses it (COC0006 or a gate check) before anything runs.
foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) { Console.WriteLine(e.Key); }

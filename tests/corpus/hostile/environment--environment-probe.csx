// class: environment
// expected: rejected COC0006
// why: environment probe; the gate refuses it (COC0006) before anything runs.
foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) { Console.WriteLine(e.Key); }

// class: reflection
// expected: rejected
// why: reflection by JSON metadata; the gate refuses it (COC0004 or a gate check) before anything runs.
var info = System.Text.Json.JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>)); var made = info.CreateObject();

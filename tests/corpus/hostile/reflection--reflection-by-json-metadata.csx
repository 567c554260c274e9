// class: reflection
// expected: rejected COC0004
// why: reflection by JSON metadata; the gate refuses it (COC0004) before anything runs.
var info = System.Text.Json.JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>)); var made = info.CreateObject();

// what: SelectMany and Join
// input: 
// expected: "alice-math,alice-art,bob-art"
var students = new[] { (Id: 1, Name: "alice"), (Id: 2, Name: "bob") };
var enrolments = new[] { (Sid: 1, Course: "math"), (Sid: 1, Course: "art"), (Sid: 2, Course: "art") };
var joined = students.Join(enrolments, s => s.Id, e => e.Sid, (s, e) => $"{s.Name}-{e.Course}");
var flat = new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(x => x).Sum();
return string.Join(",", joined);

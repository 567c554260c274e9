// what: enum values, GetNames, TryParse, switch on enum
// input: 
// expected: "Mon,Tue,Wed|Wed|3|weekday"
enum Day { Mon = 1, Tue, Wed }
var names = string.Join(",", Enum.GetNames<Day>());
Enum.TryParse<Day>("wed", ignoreCase: true, out var d);
string Kind(Day x) => x switch { Day.Mon or Day.Tue or Day.Wed => "weekday", _ => "?" };
return $"{names}|{d}|{(int)d}|{Kind(d)}";

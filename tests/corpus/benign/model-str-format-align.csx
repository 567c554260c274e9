// what: interpolation with alignment and format specifiers
// input: 
// expected: "|  left|right |  3.14|0042| 12.5%|"
double pi = Math.PI;
int n = 42;
string s = $"|{"left",6}|{"right",-6}|{pi,6:F2}|{n:D4}|{0.125,7:P1}|";
return s.Replace("12.5 %", "12.5%");

// what: standard and custom numeric format strings (N, P, E, X, D, F, R, G, #,##0.00, 0.###, ;-sections) under the invariant culture
// input: 
// expected: "1,234,567.9 ; 7.52 % ; 1.235E+005 ; 00FF ; 000042 ; 3.1416 ; 0.1 ; 0.33333 ; 9,876,543.20 ; 2.5 ; (12) ; zero ; 07.3|   ¤3.50|bee ; 1E+21 ; 0.30000000000000004"
var inv = CultureInfo.InvariantCulture;
string[] parts =
[
    1234567.891.ToString("N1", inv),
    0.07525.ToString("P2", inv),
    123456.789.ToString("E3", inv),
    255.ToString("X4", inv),
    42.ToString("D6", inv),
    Math.PI.ToString("F4", inv),
    0.1.ToString("R", inv),
    (1.0 / 3).ToString("G5", inv),
    9876543.2.ToString("#,##0.00", inv),
    2.5.ToString("0.###", inv),
    (-12.0).ToString("+0;(0);zero", inv),
    0.0.ToString("+0;(0);zero", inv),
    string.Format(inv, "{0:00.0}|{1,8:C}|{2:x}", 7.25, 3.5m, 3054),
    $"{1e21}",
    (0.1 + 0.2).ToString(inv),
];
return string.Join(" ; ", parts);

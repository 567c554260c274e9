// what: date_understanding one year / one month shifts across month ends, leap years, nullable DateTime
// input: 
// expected: "02/28/2021 | 03/29/2020 | 02/28/2021 | 365 | False | null"
DateTime? Parse(string s) => DateTime.TryParseExact(s, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
var start = Parse("02/29/2020") ?? throw new FormatException("bad date");
var bad = Parse("13/40/2020");
var results = new List<string>
{
    start.AddYears(1).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
    start.AddMonths(1).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
    new DateTime(2021, 1, 31).AddMonths(1).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
    (new DateTime(2021, 3, 1) - new DateTime(2020, 3, 1)).Days.ToString(),
    DateTime.IsLeapYear(1900).ToString(),
    bad.HasValue ? "parsed" : "null",
};
return string.Join(" | ", results);

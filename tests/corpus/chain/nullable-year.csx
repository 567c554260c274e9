// Question: In which year did the first moon landing happen? Answer "unknown" if unsure.
// Expected: 1969
int? year = YearOf("first moon landing");
return year.HasValue ? year.Value.ToString(CultureInfo.InvariantCulture) : "unknown";
